using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace TalentHukou.Api.Routing;

/// <summary>
/// ETags for polled status resources: the answer is rendered into a buffer, hashed, and replaced by
/// <c>304 Not Modified</c> when the client already holds that version (<c>If-None-Match</c>).
/// </summary>
public static class ConditionalGet
{
    public static async Task ExecuteAsync(HttpContext http, IResult result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await result.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        if (http.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..32]}\"";
            http.Response.Headers.ETag = etag;
            // The tag is of this caller's view (what a role may see differs), so a shared cache must key it by caller.
            http.Response.Headers.Vary = "Authorization";
            http.Response.Headers.CacheControl = "no-store"; // personal data: revalidate by If-None-Match, never kept
            if (http.Request.Headers.IfNoneMatch.Any(v => v is not null
                && (v == etag || v == "*" || v.Split(',').Select(t => t.Trim()).Contains(etag))))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                http.Response.ContentLength = 0;
                http.Response.Headers.ContentType = default;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }
}
