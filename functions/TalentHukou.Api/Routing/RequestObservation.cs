using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Api.Routing;

/// <summary>
/// One API request seen from outside: a span of <see cref="TalentHukouTelemetry.Source"/> (route template, method,
/// status code), the request-duration histogram, and a logging scope with the trace id and the route. Only the
/// template is recorded, never the path: paths carry ids, queries may carry personal data.
/// </summary>
public sealed class RequestObservation : IDisposable
{
    private readonly HttpContext _http;
    private readonly ApiRoute _route;
    private readonly string _template;
    private readonly Activity? _span;
    private readonly IDisposable? _scope;
    private readonly long _started = Stopwatch.GetTimestamp();

    private RequestObservation(HttpContext http, ApiRoute route, ILogger logger)
    {
        (_http, _route, _template) = (http, route, Template(route));
        _span = TalentHukouTelemetry.Source.StartActivity($"{route.Method} {_template}", ActivityKind.Internal);
        _span?.SetTag("http.request.method", route.Method);
        _span?.SetTag("http.route", _template);
        _span?.SetTag("talenthukou.route", route.Name);
        var traceId = (_span ?? Activity.Current)?.TraceId.ToString() ?? http.TraceIdentifier;
        _scope = logger.BeginScope(new KeyValuePair<string, object?>[]
        {
            new(CorrelationScope.TraceId, traceId),
            new(CorrelationScope.Route, _template),
        });
    }

    public static RequestObservation Start(HttpContext http, ApiRoute route, ILogger logger) =>
        new(http, route, logger);

    public static string Template(ApiRoute route) => "/api/" + route.Template;

    public void Dispose()
    {
        var status = _http.Response.StatusCode;
        _span?.SetTag("http.response.status_code", status);
        if (status >= 500) _span?.SetStatus(ActivityStatusCode.Error);
        TalentHukouTelemetry.RequestDuration.Record(
            Stopwatch.GetElapsedTime(_started).TotalSeconds,
            new("http.route", _template),
            new("http.request.method", _route.Method),
            new("http.response.status_code", status));
        _span?.Dispose();
        _scope?.Dispose();
    }
}
