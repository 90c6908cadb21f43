using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Routing;

/// <summary>
/// What every API answer carries whatever its route, set once before the handler runs (a handler may tighten it):
/// <c>Cache-Control: no-store</c>, since most answers hold personal data and the rest gain nothing from a cache, and
/// <c>X-Content-Type-Options: nosniff</c>. Also the refusal of a path with a control character in it.
/// </summary>
public static class ResponseProtection
{
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>
    /// The 400 for a decoded path holding a control character (<c>%01</c>, <c>%7F</c>, <c>%C2%80</c>…), else null.
    /// </summary>
    public static IResult? PathRefusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.PathBase.Add(request.Path).Value ?? "";
        return path.Any(char.IsControl)
            ? Problems.Problems.Result(ProblemTypes.InvalidPath, "The path contains a control character.")
            : null;
    }

    /// <summary>The answer to a path no route matches: never echoes the path, which may hold personal data.</summary>
    public static IResult Unmatched(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        Apply(http.Response);
        return PathRefusal(http.Request)
            ?? Problems.Problems.Result(ProblemTypes.RouteNotFound, "No route matches this method and path.");
    }
}
