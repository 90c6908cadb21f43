using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Binds a card to its holder without carrying the holder's data: base64url of a digest of
/// <c>cardNumber + "\n" + NFKC-trimmed name + "\n" + upper-cased ID number</c>. Since payload version 2 the digest is
/// keyed (<see cref="PersonalDataProtector.CardHolderMac"/>), so the digest printed in a card's QR code cannot be
/// matched against guessed ID numbers offline. Version 1 cards carry a plain SHA-256 and are still checked as such.
/// </summary>
public sealed class CardHolderDigest(PersonalDataProtector protector)
{
    /// <summary>Length of the decoded digest in bytes (both versions).</summary>
    public const int ByteLength = 32;

    /// <summary>
    /// The digest of a card number and a holder's name and full ID number, as
    /// <see cref="CardSignaturePayload.CurrentVersion"/> computes it.
    /// </summary>
    public string Compute(string cardNumber, string name, string idNumber) =>
        Compute(CardSignaturePayload.CurrentVersion, cardNumber, name, idNumber);

    /// <summary>
    /// Whether a claimed name and ID number produce <paramref name="expectedDigest"/> under payload
    /// <paramref name="version"/>, in constant time.
    /// </summary>
    /// <remarks>
    /// A keyed digest is tried under every configured personal-data key (the current first, each compared in full), so
    /// a card issued before a key rotation still checks while its key stays configured.
    /// </remarks>
    public bool Matches(string expectedDigest, int version, string cardNumber, string name, string idNumber)
    {
        var expected = Encoding.ASCII.GetBytes(expectedDigest);
        var matched = false;
        foreach (var digest in Candidates(version, cardNumber, name, idNumber))
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(digest), expected);
        return matched;
    }

    private string Compute(int version, string cardNumber, string name, string idNumber) =>
        Candidates(version, cardNumber, name, idNumber).First();

    private IEnumerable<string> Candidates(int version, string cardNumber, string name, string idNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardNumber);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(idNumber);
        var text = $"{cardNumber}\n{NormalizeName(name)}\n{NormalizeIdNumber(idNumber)}";
        IEnumerable<byte[]> digests = version == CardSignaturePayload.UnkeyedDigestVersion
            ? [SHA256.HashData(Encoding.UTF8.GetBytes(text))]
            : protector.CardHolderMacs(text);
        return digests.Select(d => Base64Url.EncodeToString(d));
    }

    private static string NormalizeName(string name) => WellFormedText.FoldedKC(name).Trim();

    private static string NormalizeIdNumber(string idNumber) =>
        WellFormedText.FoldedKC(idNumber).Trim().ToUpperInvariant();
}
