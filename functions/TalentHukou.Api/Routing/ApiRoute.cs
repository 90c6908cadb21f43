using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Api.Auth;

namespace TalentHukou.Api.Routing;

/// <summary>Handles one route: reads the request, calls a service or schedules an orchestration, answers.</summary>
public delegate Task<IResult> ApiHandler(ApiRequest request);

/// <summary>A handler whose dependencies arrive as one services record, resolved by the pipeline.</summary>
public delegate Task<IResult> ApiHandler<in TServices>(ApiRequest request, TServices services);

/// <summary>
/// Makes handlers that take their services record; the only place that resolves services for handlers.
/// </summary>
public static class Handle
{
    public static ApiHandler With<TServices>(ApiHandler<TServices> handler) where TServices : notnull =>
        request => handler(request, request.Http.RequestServices.GetRequiredService<TServices>());
}

/// <summary>
/// One HTTP route of the contract, defined once and served by both hosts. <see cref="Template"/> is relative to
/// <c>/api</c>; <see cref="Name"/> is the Functions function name.
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Template, Access Access, ApiHandler Handler)
{
    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Whether a repeat carrying the same <c>Idempotency-Key</c> gets the first answer (writes that create something).
    /// </summary>
    public bool Idempotent { get; init; }

    /// <summary>
    /// Whether answers carry an <c>ETag</c> and honour <c>If-None-Match</c> (status resources that clients poll).
    /// </summary>
    public bool ETagged { get; init; }

    /// <summary>
    /// Whether the handler checks a caller's unit-admin grant itself, for the resource's own employer and read afresh,
    /// so the pipeline does not read the caller's grant first: a status read by its owner then makes one storage read
    /// even when the caller's authorization is not cached (docs/benchmarks.md).
    /// </summary>
    public bool HandlerChecksGrant { get; init; }

    /// <summary>
    /// Whether the handler starts while the caller's write budget is counted, its writes held until the count lets
    /// them through (ADR 0035): its reads overlap the count, and a refused count answers 429 with nothing written.
    /// Every storage write and durable call waits for the gate; a call to another service would not, so only handlers
    /// that make none may set this.
    /// </summary>
    public bool ReadsWhileBudgetCounts { get; init; }

    /// <summary>The route's OpenAPI documentation (required: the OpenAPI tests fail for a route without it).</summary>
    public OpenApi.ApiDoc? Doc { get; init; }

    /// <summary>
    /// The template the Functions app registers. The Functions host refuses any route whose template begins with
    /// <c>admin</c> (its own management API's space, whatever the route prefix), so there the first segment becomes a
    /// parameter constrained to that literal: the same URL, a template the host accepts.
    /// </summary>
    public string FunctionsTemplate
    {
        get
        {
            var template = Template.StartsWith("admin/", StringComparison.Ordinal)
                ? "{reserved:regex(^admin$)}/" + Template["admin/".Length..]
                : Template;
            foreach (var (parameter, literals) in NotLiterals)
                template = template.Replace(
                    "{" + parameter + "}",
                    $"{{{parameter}:regex(^(?!({string.Join('|', literals)})$).+$)}}",
                    StringComparison.Ordinal);
            return template;
        }
    }

    /// <summary>
    /// Literal segments a parameter must not take on the Functions host, because sibling routes claim them there: that
    /// host tries routes in the order of their function names, not by specificity (<c>ops/instances/histogram</c> would
    /// otherwise reach <c>ops/instances/{instanceId}</c>). ASP.NET Core prefers the literal by itself.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> NotLiterals { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The template without constraints (<c>calendar/{year}</c>), as OpenAPI and clients write it.</summary>
    public string Path =>
        string.Join('/', Template.Split('/').Select(s => s.StartsWith('{') ? "{" + ParameterName(s) + "}" : s));

    /// <summary>The parameters constrained to integers (<c>{year:int}</c>).</summary>
    public IReadOnlyList<string> IntegerParameters =>
        Template.Split('/').Where(s => s.StartsWith('{') && s.EndsWith(":int}", StringComparison.Ordinal))
            .Select(ParameterName).ToList();

    /// <summary>The names of the <c>{parameters}</c> in <see cref="Template"/>, without constraints.</summary>
    public IReadOnlyList<string> Parameters =>
        Template.Split('/').Where(s => s.StartsWith('{')).Select(ParameterName).ToList();

    private static string ParameterName(string segment) => segment.Trim('{', '}').Split(':')[0];
}
