using System.Buffers.Text;

namespace TalentHukou.Adapters.Cards;

/// <summary>Signs cards with the configured <see cref="ICardSigningKeyProvider"/>.</summary>
public sealed class CardSigner(ICardSigningKeyProvider keys, CardHolderDigest holderDigest)
{
    /// <summary>
    /// Signs <paramref name="card"/>. <paramref name="holderIdNumber"/> is the holder's full ID number; it goes
    /// into the holder digest only and is not kept.
    /// </summary>
    public async Task<CardSignature> SignAsync(
        CardContent card, string holderIdNumber, CancellationToken cancellationToken = default)
    {
        var payload = CardSignaturePayload.For(
            card, holderDigest.Compute(card.CardNumber, card.ApplicantName, holderIdNumber));
        var signed = await keys.SignAsync(payload.ToCanonicalBytes(), cancellationToken).ConfigureAwait(false);
        return new CardSignature(payload, signed.KeyId, Base64Url.EncodeToString(signed.Signature));
    }
}
