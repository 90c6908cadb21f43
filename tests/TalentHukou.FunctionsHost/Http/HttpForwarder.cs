using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;
using Microsoft.Extensions.Logging;
using TalentHukou.FunctionsHost.Durable;
using TalentHukou.FunctionsHost.Protocol;

namespace TalentHukou.FunctionsHost.Http;

/// <summary>
/// Serves an HTTP request the way the host does with the ASP.NET Core integration: the invocation (trigger metadata
/// with route values and query, the request without its body), and the request itself forwarded to the worker's own
/// HTTP endpoint with the invocation id header; the worker's response goes back to the caller.
/// </summary>
public sealed partial class HttpForwarder(
    WorkerSession session, DurableClientPayload durable, HttpClient client, ILogger<HttpForwarder> logger)
{
    public const string InvocationIdHeader = "x-ms-invocation-id";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Connection", "Host",
    };

    public async Task ForwardAsync(HttpContext context, RouteMatch match, Uri workerUri)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(match);
        var request = Invocations.Create(match.Function, new TypedData { Http = Describe(context, match) },
            durable.Json, Metadata(context, match));
        var invocation = session.InvokeAsync(request, context.RequestAborted);
        using var forwarded = Forward(context, workerUri, request.InvocationId);
        using var response = await client.SendAsync(
            forwarded, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(header.Key)) context.Response.Headers[header.Key] = header.Value.ToArray();
        }
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        var failure = Invocations.Failure(await invocation);
        if (failure is not null) LogFailed(logger, match.Function.Name, failure);
    }

    private static RpcHttp Describe(HttpContext context, RouteMatch match)
    {
        var http = new RpcHttp { Method = context.Request.Method, Url = context.Request.GetDisplayUrl() };
        foreach (var header in context.Request.Headers)
            http.Headers[header.Key.ToLowerInvariant()] = header.Value.ToString();
        foreach (var query in context.Request.Query) http.Query[query.Key] = query.Value.ToString();
        foreach (var value in match.Values) http.Params[value.Key] = Convert.ToString(value.Value, null) ?? "";
        return http;
    }

    private static Dictionary<string, TypedData> Metadata(HttpContext context, RouteMatch match)
    {
        var metadata = match.Values.ToDictionary(
            v => v.Key, v => Invocations.Text(Convert.ToString(v.Value, null) ?? ""));
        metadata["Query"] = new TypedData
        {
            Json = JsonSerializer.Serialize(context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())),
        };
        metadata["Headers"] = new TypedData
        {
            Json = JsonSerializer.Serialize(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())),
        };
        return metadata;
    }

    private static HttpRequestMessage Forward(HttpContext context, Uri workerUri, string invocationId)
    {
        var target = new Uri(
            workerUri, context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent());
        var message = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
            message.Content = new StreamContent(context.Request.Body);
        foreach (var header in context.Request.Headers)
        {
            if (HopByHop.Contains(header.Key)) continue;
            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
                message.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        }
        message.Headers.TryAddWithoutValidation("X-Forwarded-Host", context.Request.Host.Value);
        message.Headers.TryAddWithoutValidation("X-Forwarded-Proto", context.Request.Scheme);
        message.Headers.TryAddWithoutValidation("X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString());
        message.Headers.TryAddWithoutValidation(InvocationIdHeader, invocationId);
        return message;
    }

    [LoggerMessage(EventId = 9020, Level = LogLevel.Warning, Message = "{Function} failed: {Failure}")]
    private static partial void LogFailed(ILogger logger, string function, string failure);
}
