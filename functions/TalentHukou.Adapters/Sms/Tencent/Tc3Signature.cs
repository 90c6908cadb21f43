using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// Tencent Cloud API signature v3 (TC3-HMAC-SHA256): canonical request, string to sign, derived key and the
/// <c>Authorization</c> header, as the vendor's "签名方法 v3" document describes them step by step. Shared by the client
/// (which signs) and the local gateway (which checks).
/// </summary>
public static class Tc3Signature
{
    public const string Algorithm = "TC3-HMAC-SHA256";

    /// <summary>Every step of signing one POST to <c>/</c> with a JSON body.</summary>
    /// <param name="headers">The signed headers (at least <c>content-type</c> and <c>host</c>), any case.</param>
    public static Tc3Signed Sign(
        string secretId, string secretKey, string service, IEnumerable<KeyValuePair<string, string>> headers,
        string payload, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(secretKey);
        var sorted = headers
            .Select(h => (Name: h.Key.Trim().ToLowerInvariant(), Value: h.Value.Trim().ToLowerInvariant()))
            .OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var signedHeaders = string.Join(';', sorted.Select(h => h.Name));
        var canonicalHeaders = string.Concat(sorted.Select(h => $"{h.Name}:{h.Value}\n"));
        var canonicalRequest = $"POST\n/\n\n{canonicalHeaders}\n{signedHeaders}\n{Sha256Hex(payload)}";

        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{service}/tc3_request";
        var stringToSign = $"{Algorithm}\n{timestamp.ToString(CultureInfo.InvariantCulture)}\n"
            + $"{scope}\n{Sha256Hex(canonicalRequest)}";

        var secretDate = Hmac(Encoding.UTF8.GetBytes("TC3" + secretKey), date);
        var secretSigning = Hmac(Hmac(secretDate, service), "tc3_request");
        var signature = Convert.ToHexStringLower(Hmac(secretSigning, stringToSign));
        var authorization = $"{Algorithm} Credential={secretId}/{scope}, SignedHeaders="
            + $"{signedHeaders}, Signature={signature}";
        return new Tc3Signed(canonicalRequest, stringToSign, signature, authorization);
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static byte[] Hmac(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
}

/// <summary>The intermediate and final results of <see cref="Tc3Signature.Sign"/>.</summary>
public sealed record Tc3Signed(string CanonicalRequest, string StringToSign, string Signature, string Authorization);
