using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// Signs each attempt with TC3-HMAC-SHA256 over <c>content-type</c>, <c>host</c> and <c>x-tc-action</c> and the body,
/// with a fresh <c>X-TC-Timestamp</c> (the API refuses signatures older than five minutes).
/// </summary>
public sealed class Tc3AuthenticationPolicy(string secretId, string secretKey, string service, TimeProvider time)
    : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.TryGetValue("X-TC-Action", out var action);
        request.Headers.TryGetValue(HttpHeader.Names.ContentType, out var contentType);
        var headers = new Dictionary<string, string>
        {
            ["content-type"] = contentType ?? "",
            ["host"] = request.Uri.ToUri().Authority,
            ["x-tc-action"] = action ?? "",
        };
        var signed = Tc3Signature.Sign(
            secretId, secretKey, service, headers, ReadBody(request.Content, message.CancellationToken), timestamp);
        request.Headers.SetValue("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.SetValue(HttpHeader.Names.Authorization, signed.Authorization);
    }

    private static string ReadBody(RequestContent? content, CancellationToken ct)
    {
        if (content is null) return "";
        using var buffer = new MemoryStream();
        content.WriteTo(buffer, ct);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
