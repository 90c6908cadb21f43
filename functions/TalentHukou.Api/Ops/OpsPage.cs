using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace TalentHukou.Api.Ops;

/// <summary>
/// <c>GET /ops</c>: one self-contained HTML page (no build step, no CDN) over the ops API; it holds no data itself.
/// </summary>
public static class OpsPage
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TalentHukou.Api.Ops.ops.html")
            ?? throw new InvalidOperationException("The ops page resource is missing.");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>
    /// The page; with Entra sign-in configured it may also fetch from the authority (discovery, token).
    /// </summary>
    public static IResult Result(OpsConsoleServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var authority = services.Options.Value.Authority;
        var connect = services.Options.Value.SignsIn
            ? "'self' " + new Uri(authority!).GetLeftPart(UriPartial.Authority)
            : "'self'";
        return new PageResult(Html.Value, connect);
    }

    private sealed class PageResult(string html, string connectSources) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; "
                + $"style-src 'unsafe-inline'; connect-src {connectSources}; frame-ancestors 'none'";
            http.Response.Headers.CacheControl = "no-store";
            // After sign-in the address briefly carries the authorization code: never send it on.
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return http.Response.WriteAsync(html, http.RequestAborted);
        }
    }
}
