using System.Globalization;
using System.Text;

namespace TalentHukou.Workflows.Cards;

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
    /// <summary>Version of the canonical form produced by <see cref="ToCanonicalString"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Builds the payload for a card; <paramref name="holderIdNumber"/> is the full, unmasked ID number.</summary>
    public static CardSignaturePayload For(CardContent card, string holderIdNumber)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Cards.CardNumber.IsValid(card.CardNumber))
            throw new ArgumentException("The card number is not in the R + 13 digits format.", nameof(card));
        if (card.Issuer != CardIssuers.GuangzhouDrc)
            throw new ArgumentException("The verification link carries no issuer; only the known issuer can sign.", nameof(card));
        return new CardSignaturePayload(
            card.CardNumber,
            DateTimeOffset.FromUnixTimeSeconds(card.IssuedAt.ToUnixTimeSeconds()),
            card.ValidUntil,
            card.Issuer,
            CardHolderDigest.Compute(card.CardNumber, card.ApplicantName, holderIdNumber));
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
