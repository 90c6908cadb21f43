using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Sms;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Notifications.Sms;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Queues a notice and makes its first delivery attempt on each channel it goes by: looks the recipient up
/// (<see cref="NoticeRecipients"/>), writes the outbox row per channel (the durable record that it must be sent, and
/// the exactly-once guard: one row per event key and channel), then sends. Only when that attempt leaves the row
/// waiting does it start the row's <see cref="EmailDispatchOrchestrator"/>, which retries. Idempotent per event key.
/// Channels (<see cref="Plan"/>): the person's preference, SMS only to a verified number and only for notices with an
/// approved template, e-mail only to an address; a notice that fails for good on one channel goes out on the other
/// (<see cref="FallBackAsync"/>).
/// </summary>
/// <remarks>
/// The dispatcher is started with a client because an orchestration cannot start an independent one; the Functions app
/// passes its <c>[DurableClient]</c> binding, the local host its registered client.
/// </remarks>
public sealed partial class NotificationQueue(
    EmailOutboxStore outbox, OutboxDelivery delivery, NoticeRecipients recipients, IOptions<SmsOptions> sms,
    TimeProvider time, ApplicationStore applications, ILogger<NotificationQueue> logger)
{
    /// <summary>True when this call queued the notice on some channel; false when it was queued before or nobody is
    /// reachable. With <paramref name="held"/>, the application whose process queues it: its applicant is read from the
    /// record held, and the summary of a notice settled by this call is written with the record's next write (or by
    /// <see cref="HeldApplication.WriteNoticesAsync"/>), not on its own.</summary>
    public async Task<bool> QueueAsync(
        NotificationRequest request, DurableTaskClient durable, CancellationToken ct, HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(durable);
        var to = await recipients.ResolveAsync(request.Recipient, ct, held);
        var plan = to is null ? default : Plan(request.Kind, request.Values, to, sms.Value.Enabled);
        if (to is null || (!plan.Email && plan.Sms is null))
        {
            LogNobody(logger, request.Kind.ToString(), request.Recipient.Kind.ToString(), request.Recipient.Id);
            return false;
        }
        var queued = false;
        if (plan.Email)
            queued |= await QueueEntryAsync(OutboxEntry.For(request, to, time.GetUtcNow()), durable, ct, held);
        if (plan.Sms is { } text)
            queued |= await QueueEntryAsync(SmsEntry(request, to.VerifiedPhone!, text), durable, ct, held);
        return queued;
    }

    /// <summary>
    /// The channels of a notice: SMS when it has an approved template, the number is verified, a gateway is configured
    /// and the person wants SMS (or left no e-mail); e-mail when there is an address and the person wants e-mail (or
    /// no SMS goes).
    /// </summary>
    public static (bool Email, (SmsNotice Notice, IReadOnlyList<string> Parameters)? Sms) Plan(
        NotificationKind kind, IReadOnlyDictionary<string, string> values, ResolvedRecipient to, bool smsEnabled)
    {
        ArgumentNullException.ThrowIfNull(to);
        var text = smsEnabled && to.VerifiedPhone is not null && to.SmsGreeting is { Length: > 0 } greeting
            ? SmsNotices.For(kind, values, greeting) : null;
        var (email, sms) = ContactPreference.Channels(to.Preference, !string.IsNullOrWhiteSpace(to.Address), text
            is not null);
        email &= kind != NotificationKind.PhoneVerificationCode;
        return (email, sms ? text : null);
    }

    /// <summary>
    /// Writes <paramref name="entry"/> (an e-mail or SMS row) unless its event's row on that channel exists, makes the
    /// first attempt, and starts the row's dispatcher when it needs more. True when this call queued it.
    /// </summary>
    public async Task<bool> QueueEntryAsync(
        OutboxEntry entry, DurableTaskClient durable, CancellationToken ct, HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(durable);
        var added = await delivery.TryAddAsync(entry, held?.SettledRows);
        var stored = added ?? await outbox.GetAsync(entry.RowKey, ct);
        if (stored is null) return false;
        if (stored.Entry.IsFinal)
        {
            // A retry of a call that sent it and stopped before its application's record was told.
            held?.SettledRows.Add(entry.RowKey);
            await KeepNoticeAsync(stored.Entry, stored.Entry.Status, ct, held, settled: true);
            return false; // already delivered or failed for good
        }
        var step = await AttemptAsync(stored, durable, ct, firstOfThisCall: true, added is not null, held);
        if (step.RetryAt is { } retryAt) await durable.EnsureEmailDispatchAsync(entry.RowKey, retryAt, ct);
        return added is not null;
    }

    /// <summary>One attempt of the row <paramref name="rowKey"/> (the dispatcher's step), with the fallback when it
    /// failed for good.</summary>
    public async Task<EmailDispatchStep> AttemptAsync(string rowKey, DurableTaskClient durable, CancellationToken ct)
    {
        var stored = await outbox.GetAsync(rowKey, ct);
        if (stored is not null) return await AttemptAsync(stored, durable, ct, firstOfThisCall: false);
        return await delivery.AttemptAsync(rowKey); // says "missing" and logs it
    }

    /// <summary>
    /// One attempt; the application's record is told how the notice stands after the queueing call's attempt (before
    /// any dispatcher runs, so nothing overtakes it) and after any later attempt that changed what a reader sees.
    /// </summary>
    private async Task<EmailDispatchStep> AttemptAsync(StoredOutboxEntry stored, DurableTaskClient durable,
        CancellationToken ct, bool firstOfThisCall, bool added = false, HeldApplication? held = null)
    {
        var step = added ? await delivery.AttemptAddedAsync(stored) : await delivery.AttemptAsync(stored);
        var settled = step.RetryAt is null && OutboxStatus.IsFinal(step.Status);
        if (settled) held?.SettledRows.Add(stored.Entry.RowKey);
        if (firstOfThisCall || NoticeSummary.Shown(step.Status) != NoticeSummary.Shown(stored.Entry.Status))
            await KeepNoticeAsync(stored.Entry, step.Status, ct, held, settled);
        if (step is { RetryAt: null, Status: OutboxStatus.Failed })
            await FallBackAsync(stored.Entry, durable, ct, held);
        return step;
    }

    /// <summary>
    /// Tells the notice's application how it stands. A settled notice of the application <paramref name="held"/> is
    /// told with the record's next write; any other is told now (and with it those held), before a dispatcher can
    /// overtake it.
    /// </summary>
    private async Task KeepNoticeAsync(
        OutboxEntry entry, string status, CancellationToken ct, HeldApplication? held = null, bool settled = false)
    {
        if (NoticeSummary.ApplicationOf(entry.EventKey) is not { } applicationId) return;
        var summary = NoticeSummary.Of(entry, status);
        if (held is null || !held.Holds(applicationId))
        {
            await applications.KeepNoticeAsync(applicationId, summary, ct);
            return;
        }
        held.Keep(summary);
        if (!settled) await held.WriteNoticesAsync(applications, ct);
    }

    /// <summary>
    /// A notice that failed for good on one channel goes out on the other, if the person can be reached there (an SMS
    /// only to a verified number). One row per event and channel: a failed fallback never falls back again.
    /// </summary>
    private async Task FallBackAsync(
        OutboxEntry failed, DurableTaskClient durable, CancellationToken ct, HeldApplication? held)
    {
        if (failed.Recipient is not { } recipient || failed.Kind == NotificationKind.PhoneVerificationCode) return;
        if (await recipients.ResolveAsync(recipient, ct, held) is not { } to) return;
        var values = failed.Channel == OutboxChannel.Sms
            ? failed.NoticeValues ?? new Dictionary<string, string>()
            : failed.Values.Where(v => v.Key != "RecipientName").ToDictionary(v => v.Key, v => v.Value);
        var request = new NotificationRequest(failed.EventKey, failed.Kind, recipient, values);
        OutboxEntry? other = null;
        if (failed.Channel == OutboxChannel.Sms && !string.IsNullOrWhiteSpace(to.Address))
            other = OutboxEntry.For(request, to, time.GetUtcNow());
        else if (failed.Channel == OutboxChannel.Email && sms.Value.Enabled && to.VerifiedPhone is { } phone
                 && SmsNotices.For(failed.Kind, values, to.SmsGreeting ?? "") is { } text)
            other = SmsEntry(request, phone, text);
        if (other is null) return;
        LogFallBack(logger, failed.RowKey, failed.Channel, other.Channel);
        await QueueEntryAsync(other, durable, ct, held);
    }

    private OutboxEntry SmsEntry(NotificationRequest request, string phone, (SmsNotice Notice,
        IReadOnlyList<string> Parameters) text) =>
        OutboxEntry.ForSms(request.EventKey, request.Kind, phone, text.Notice, text.Parameters, time.GetUtcNow()) with
        {
            Recipient = request.Recipient,
            NoticeValues = request.Values,
        };

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning,
        Message = "No {Kind} notice queued: the {RecipientKind} {RecipientId} has no address or verified number")]
    private static partial void LogNobody(ILogger logger, string kind, string recipientKind, string? recipientId);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Information,
        Message = "Outbox {RowKey} failed for good on {Channel}: the notice goes out on {Other}")]
    private static partial void LogFallBack(ILogger logger, string rowKey, string channel, string other);
}
