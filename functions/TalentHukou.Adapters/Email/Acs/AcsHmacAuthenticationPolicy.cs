using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Signs each attempt with the ACS access key (HMAC-SHA256 over method, path and query, date, host and body hash).
/// Placed among the per-retry policies, so every retry gets a fresh <c>x-ms-date</c> and signature.
/// </summary>
public sealed class AcsHmacAuthenticationPolicy(AzureKeyCredential accessKey, TimeProvider timeProvider)
    : HttpPipelineSynchronousPolicy
{
    /// <summary>The headers covered by the signature, in signing order.</summary>
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var uri = request.Uri.ToUri();
        var date = timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var contentHash = Convert.ToBase64String(SHA256.HashData(ReadBody(request.Content, message.CancellationToken)));
        var stringToSign = $"{request.Method.Method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";
        var signature = Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(accessKey.Key), Encoding.UTF8.GetBytes(stringToSign)));

        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue(
            HttpHeader.Names.Authorization, $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }

    private static byte[] ReadBody(RequestContent? content, CancellationToken ct)
    {
        if (content is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, ct);
        return buffer.ToArray();
    }
}
