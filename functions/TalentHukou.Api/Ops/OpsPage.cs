using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace TalentHukou.Api.Ops;

/// <summary><c>GET /ops</c>: one self-contained HTML page (no build step, no CDN) over the ops API; it holds no data itself.</summary>
public static class OpsPage
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TalentHukou.Api.Ops.ops.html")
            ?? throw new InvalidOperationException("The ops page resource is missing.");
        return new StreamReader(stream).ReadToEnd();
    });

    public static IResult Result() => new PageResult(Html.Value);

    private sealed class PageResult(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return http.Response.WriteAsync(html, http.RequestAborted);
        }
    }
}
