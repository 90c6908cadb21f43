namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Outcome of verifying a card. <see cref="IssuedAt"/> and <see cref="Issuer"/> are set only when the signature
/// is authentic; <see cref="HolderMatches"/> only when a name and ID number were also given.
/// </summary>
public sealed record CardVerificationResult(
    bool Valid,
    string? Reason,
    DateTimeOffset? IssuedAt,
    string? Issuer,
    bool? HolderMatches)
{
    /// <summary>A result for a card whose signature could not be trusted.</summary>
    public static CardVerificationResult Rejected(string reason) => new(false, reason, null, null, null);
}

/// <summary>Values of <see cref="CardVerificationResult.Reason"/>.</summary>
public static class CardVerificationReasons
{
    /// <summary>The link or its query values are not well-formed.</summary>
    public const string Malformed = "malformed";

    /// <summary>The key id names no key that this service knows.</summary>
    public const string UnknownKey = "unknown-key";

    /// <summary>The signature does not match the card's fields.</summary>
    public const string BadSignature = "bad-signature";

    /// <summary>The signature is authentic but the validity date has passed (China Standard Time).</summary>
    public const string Expired = "expired";

    /// <summary>The signature is authentic but the card office revoked the card (a duplicate, for instance).</summary>
    public const string Revoked = "revoked";

    public static IReadOnlyList<string> All { get; } = [Malformed, UnknownKey, BadSignature, Expired, Revoked];
}
