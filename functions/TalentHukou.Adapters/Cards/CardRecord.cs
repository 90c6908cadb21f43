namespace TalentHukou.Adapters.Cards;

/// <summary>
/// An issued card as this service keeps it: its signature (which holds the holder only as a digest), the blob of its PDF
/// and the application it belongs to. Enough to verify the card and to serve its download; no personal data in clear.
/// </summary>
public sealed record CardRecord(string ApplicationId, int Attempt, CardSignature Signature, string BlobName)
{
    public string CardNumber => Signature.Payload.CardNumber;
}
