using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Adapters.Email;

/// <summary>
/// Turns a caller's operation id into the GUID the providers need (ACS <c>Operation-Id</c>, SMTP <c>Message-Id</c>).
/// A GUID stays itself; any other string maps to a name-based UUID (RFC 9562 version 8: the first 16 bytes of
/// SHA-256 over a fixed namespace and the id), so every retry of one operation carries the same GUID.
/// </summary>
public static class EmailOperationId
{
    private const string Namespace = "urn:talenthukou:email-operation:";

    /// <summary>The GUID for <paramref name="operationId"/>; the same input always gives the same GUID.</summary>
    public static Guid ToGuid(string operationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        if (Guid.TryParse(operationId, out var guid))
        {
            return guid;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Namespace + operationId), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8 (custom, name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122/9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
