using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TalentHukou.Domain.Text;

namespace TalentHukou.Workflows.Cards;

/// <summary>
/// Binds a card to its holder without carrying the holder's data:
/// base64url(SHA-256(cardNumber + "\n" + NFKC-trimmed name + "\n" + upper-cased ID number)).
/// </summary>
public static class CardHolderDigest
{
    /// <summary>Length of the decoded digest in bytes.</summary>
    public const int ByteLength = 32;

    /// <summary>Computes the digest for a card number and a holder's name and full ID number.</summary>
    public static string Compute(string cardNumber, string name, string idNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardNumber);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idNumber);
        var text = $"{cardNumber}\n{NormalizeName(name)}\n{NormalizeIdNumber(idNumber)}";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Whether a claimed name and ID number produce <paramref name="expectedDigest"/>, in constant time.</summary>
    public static bool Matches(string expectedDigest, string cardNumber, string name, string idNumber)
    {
        var claimed = Encoding.ASCII.GetBytes(Compute(cardNumber, name, idNumber));
        return CryptographicOperations.FixedTimeEquals(claimed, Encoding.ASCII.GetBytes(expectedDigest));
    }

    private static string NormalizeName(string name) => WellFormedText.FoldedKC(name).Trim();

    private static string NormalizeIdNumber(string idNumber) => WellFormedText.FoldedKC(idNumber).Trim().ToUpperInvariant();
}
