namespace TalentHukou.Adapters.Sms.Verification;

/// <summary>
/// One phone verification (<c>POST /contact-verifications</c>): whose it is, which number (a keyed digest and the
/// masked
/// form only), the keyed hash of its one-time code, until when the code holds, how many wrong codes were tried, and
/// when it was confirmed. Neither the number nor the code is stored in clear.
/// </summary>
public sealed record ContactVerification(
    string VerificationId,
    string OwnerSub,
    string PhoneDigest,
    string PhoneMasked,
    string CodeHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    public int FailedAttempts { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public bool IsVerified => VerifiedAt is not null;
}
