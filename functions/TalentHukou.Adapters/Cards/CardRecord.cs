namespace TalentHukou.Adapters.Cards;

/// <summary>
/// An issued card as this service keeps it: its signature (which holds the holder only as a digest), the blob of its
/// PDF and the application it belongs to. Enough to verify the card and to serve its download;
/// no personal data in clear.
/// </summary>
public sealed record CardRecord(string ApplicationId, int Attempt, CardSignature Signature, string BlobName)
{
    public string CardNumber => Signature.Payload.CardNumber;

    /// <summary>Set once the card is revoked; a revoked card no longer verifies as valid.</summary>
    public CardRevocation? Revocation { get; init; }
}

/// <summary>When and why a card was revoked: a reason code, nothing about the person.</summary>
public sealed record CardRevocation(DateTimeOffset RevokedAt, string Reason);

/// <summary>Values of <see cref="CardRevocation.Reason"/>.</summary>
public static class CardRevocationReasons
{
    /// <summary>The person held another valid card issued earlier (issued before the one-card guard existed).</summary>
    public const string Duplicate = "duplicate";
}
