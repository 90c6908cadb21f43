using System.Security.Cryptography;
using System.Text;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;

namespace TalentHukou.Adapters.Tests.Email.Acs;

/// <summary>The service side of ACS HMAC authentication, written apart from the client's signing code.</summary>
internal static class AcsSignatureVerifier
{
    public static bool IsValid(ReceivedRequest request, string accessKey)
    {
        var actualBodyHash = Convert.ToBase64String(SHA256.HashData(request.Body));
        if (request.Date.Length == 0 || request.ContentHash != actualBodyHash)
        {
            return false;
        }

        var stringToSign = request.Method + "\n" + request.PathAndQuery + "\n"
            + request.Date + ";" + request.Host + ";" + request.ContentHash;
        using var hmac = new HMACSHA256(Convert.FromBase64String(accessKey));
        var expected = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
            + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(request.Authorization));
    }
}
