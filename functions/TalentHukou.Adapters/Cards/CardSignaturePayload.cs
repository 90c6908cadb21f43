using System.Globalization;
using System.Text;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// The signed facts of a card. Everything here is in the verification link, so a card can be checked
/// from its QR code alone; the holder appears only as <see cref="HolderDigest"/>.
/// </summary>
public sealed record CardSignaturePayload(
    string CardNumber,
    DateTimeOffset IssuedAt,
    DateOnly ValidUntil,
    string Issuer,
    string HolderDigest,
    int Version = CardSignaturePayload.CurrentVersion)
{
    /// <summary>
    /// Version of the payload: its canonical form (<see cref="ToCanonicalString"/>) and how its holder digest is made.
    /// </summary>
    public const int CurrentVersion = 2;

    /// <summary>Cards signed before the holder digest was keyed (their verification links carry no <c>v</c>).</summary>
    public const int UnkeyedDigestVersion = 1;

    /// <summary>Whether this code can verify payloads of <paramref name="version"/>.</summary>
    public static bool IsKnownVersion(int version) => version is UnkeyedDigestVersion or CurrentVersion;

    /// <summary>
    /// Builds the payload for a card; <paramref name="holderDigest"/> comes from
    /// <see cref="CardHolderDigest.Compute"/>.
    /// </summary>
    public static CardSignaturePayload For(CardContent card, string holderDigest)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrEmpty(holderDigest);
        if (!Cards.CardNumber.IsValid(card.CardNumber))
            throw new ArgumentException("The card number is not in the R + 13 digits format.", nameof(card));
        if (card.Issuer != CardIssuers.GuangzhouDrc)
            throw new ArgumentException(
                "The verification link carries no issuer; only the known issuer can sign.", nameof(card));
        return new CardSignaturePayload(
            card.CardNumber,
            DateTimeOffset.FromUnixTimeSeconds(card.IssuedAt.ToUnixTimeSeconds()),
            card.ValidUntil,
            card.Issuer,
            holderDigest);
    }

    /// <summary>
    /// The deterministic text that is signed: one <c>name=value</c> line per field, in a fixed order,
    /// times in UTC to the second and dates as yyyy-MM-dd.
    /// </summary>
    public string ToCanonicalString() => string.Join('\n',
        $"version={Version.ToString(CultureInfo.InvariantCulture)}",
        $"cardNumber={CardNumber}",
        $"issuedAt={IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}",
        $"validUntil={ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        $"issuer={Issuer}",
        $"holderDigest={HolderDigest}");

    /// <summary>UTF-8 bytes of <see cref="ToCanonicalString"/>.</summary>
    public byte[] ToCanonicalBytes() => Encoding.UTF8.GetBytes(ToCanonicalString());
}
