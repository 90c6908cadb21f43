using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

/// <summary>
/// A request as <see cref="FakeAcsEmailService"/> received it: raw target, Host header, signing headers and body.
/// </summary>
internal sealed record ReceivedRequest(
    string Method, string PathAndQuery, string Host, string Date, string ContentHash, string Authorization,
    string OperationId, byte[] Body, DateTimeOffset ReceivedAt)
{
    public static async Task<ReceivedRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return new ReceivedRequest(
            request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            request.Headers.Host.ToString(),
            request.Headers["x-ms-date"].ToString(),
            request.Headers["x-ms-content-sha256"].ToString(),
            request.Headers.Authorization.ToString(),
            request.Headers["Operation-Id"].ToString(),
            buffer.ToArray(),
            DateTimeOffset.UtcNow);
    }
}
