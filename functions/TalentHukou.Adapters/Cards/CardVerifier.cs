using System.Buffers.Text;
using System.Security.Cryptography;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Verifies a card from the fields in its verification link, without looking up personal data.
/// </summary>
public sealed class CardVerifier(ICardSigningKeyProvider keys, CardHolderDigest holderDigest, TimeProvider time)
{
    // China has kept UTC+8 without daylight saving since 1991; a card's validity date is a Beijing date.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>
    /// Checks the signature and validity date and, when both <paramref name="name"/> and
    /// <paramref name="idNumber"/> are given, whether they are the holder's. Neither is returned.
    /// </summary>
    public async Task<CardVerificationResult> VerifyAsync(
        CardSignature signature,
        string? name = null,
        string? idNumber = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var key = await keys.GetVerificationKeyAsync(signature.KeyId, cancellationToken).ConfigureAwait(false);
        if (key is null)
            return CardVerificationResult.Rejected(CardVerificationReasons.UnknownKey);
        if (!IsAuthentic(signature, key))
            return CardVerificationResult.Rejected(CardVerificationReasons.BadSignature);

        var payload = signature.Payload;
        bool? holderMatches = string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(idNumber)
            ? null
            : holderDigest.Matches(payload.HolderDigest, payload.Version, payload.CardNumber, name, idNumber);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
        var expired = today > payload.ValidUntil;
        return new CardVerificationResult(
            !expired,
            expired ? CardVerificationReasons.Expired : null,
            payload.IssuedAt,
            payload.Issuer,
            holderMatches);
    }

    /// <summary>
    /// As <see cref="VerifyAsync"/>, and a card that the office revoked (<paramref name="onRecord"/>, the row of the
    /// card's number) is not valid: <see cref="CardVerificationReasons.Revoked"/>.
    /// </summary>
    public async Task<CardVerificationResult> VerifyOnRecordAsync(
        CardSignature signature, CardRecord? onRecord, string? name, string? idNumber, CancellationToken ct)
    {
        var result = await VerifyAsync(signature, name, idNumber, ct).ConfigureAwait(false);
        return result.IssuedAt is not null && onRecord?.Revocation is not null
            ? result with { Valid = false, Reason = CardVerificationReasons.Revoked }
            : result;
    }

    private static bool IsAuthentic(CardSignature signature, CardVerificationKey key)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(signature.Value.Length)];
        if (!Base64Url.TryDecodeFromChars(signature.Value, bytes, out var length))
            return false;
        using var ecdsa = ECDsa.Create(key.PublicKey);
        return ecdsa.VerifyData(
            signature.Payload.ToCanonicalBytes(), bytes.AsSpan(0, length),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
