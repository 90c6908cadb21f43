using System.Globalization;
using System.Security.Cryptography;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Sms;
using TalentHukou.Adapters.Sms.Verification;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Notifications.Verification;

/// <summary>
/// Proves a person holds a mobile number before any notice goes to it: a 6-digit one-time code sent by SMS through
/// the outbox (one row per verification), confirmed by its owner within <see
/// cref="PhoneVerificationOptions.CodeLifetime"/>
/// and at most <see cref="PhoneVerificationOptions.MaxWrongCodes"/> wrong tries. The record keeps a keyed digest and
/// the
/// masked form of the number and a keyed hash of the code (both under the personal-data index key).
/// </summary>
public sealed class PhoneVerifications(
    ContactVerificationStore store, PersonalDataProtector protector, NotificationQueue queue, IOptions<SmsOptions> sms,
    IOptions<PhoneVerificationOptions> options, TimeProvider time)
{
    private const int ReplaceAttempts = 5;

    private PhoneVerificationOptions Options => options.Value;

    /// <summary>Whether codes can be sent at all (an SMS gateway is configured).</summary>
    public bool Available => sms.Value.Enabled;

    /// <summary>The number's keyed digest: what rate limits and the record key it by (never the number
    /// itself).</summary>
    public string NumberKey(MobilePhone phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return protector.IndexOf("phone:" + phone.Value);
    }

    /// <summary>Stores a new verification of <paramref name="phone"/> for <paramref name="ownerSub"/> and queues its
    /// code.</summary>
    public async Task<string> StartAsync(string ownerSub, MobilePhone phone, DurableTaskClient durable,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var id = ContactVerificationIds.New();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var now = time.GetUtcNow();
        await store.AddAsync(new ContactVerification(id, ownerSub, NumberKey(phone), phone.Masked, CodeHash(id, code),
            now,
            now + Options.CodeLifetime), ct);
        await queue.QueueEntryAsync(OutboxEntry.ForSms(EventKey(id), NotificationKind.PhoneVerificationCode,
            phone.Value,
            SmsNotice.VerificationCode, [code], now), durable, ct);
        return id;
    }

    /// <summary>The outbox event of a verification's code.</summary>
    public static string EventKey(string verificationId) => $"contact-verification/{verificationId}/code";

    /// <summary>Checks <paramref name="code"/> against the owner's verification <paramref
    /// name="verificationId"/>.</summary>
    public async Task<PhoneConfirmation> ConfirmAsync(string ownerSub, string verificationId, string code,
        CancellationToken ct)
    {
        for (var attempt = 0; attempt < ReplaceAttempts; attempt++)
        {
            if (await store.GetAsync(verificationId, ct) is not var (v, etag) || v.OwnerSub != ownerSub)
                return PhoneConfirmation.NotFound;
            var matches = protector.IndexMatches($"code:{verificationId}:{code}", v.CodeHash);
            if (v.IsVerified) return matches ? PhoneConfirmation.Confirmed : PhoneConfirmation.WrongCode;
            var now = time.GetUtcNow();
            if (now >= v.ExpiresAt || v.FailedAttempts >= Options.MaxWrongCodes) return PhoneConfirmation.Expired;
            var next = matches ? v with { VerifiedAt = now } : v with { FailedAttempts = v.FailedAttempts + 1 };
            if (await store.TryReplaceAsync(next, etag, ct)) return matches
                ? PhoneConfirmation.Confirmed : PhoneConfirmation.WrongCode;
        }
        return PhoneConfirmation.WrongCode; // kept changing under us: never counts as confirmed
    }

    /// <summary>
    /// Whether <paramref name="verificationId"/> is <paramref name="ownerSub"/>'s confirmed verification of
    /// <paramref name="phone"/>, confirmed recently enough to be named now.
    /// </summary>
    public async Task<bool> IsConfirmedAsync(string ownerSub, string verificationId, MobilePhone phone,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return await store.GetAsync(verificationId, ct) is var (v, _)
            && v.OwnerSub == ownerSub
            && v.VerifiedAt is { } at && time.GetUtcNow() < at + Options.UsableFor
            && protector.IndexMatches("phone:" + phone.Value, v.PhoneDigest);
    }

    private string CodeHash(string id, string code) => protector.IndexOf($"code:{id}:{code}");
}

/// <summary>What became of a confirmation.</summary>
public enum PhoneConfirmation
{
    Confirmed,
    WrongCode,
    Expired,
    NotFound,
}
