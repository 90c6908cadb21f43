using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// One delivery attempt of an outbox row, made right when the row is queued (<see cref="QueueNotification"/>) and
/// again by the row's <see cref="EmailDispatchOrchestrator"/> while it needs retries. Claims the row first (status
/// <c>sending</c> with a lease, conditional on its ETag) so no other attempt can overlap, sends under the row's stable
/// operation id, then records the outcome: sent; failed (permanent, or undelivered past
/// <see cref="EmailOutboxOptions.GiveUpAfter"/>); or queued again with the time of the next attempt. A row already sent
/// or failed is never sent again, so a re-run activity or a second dispatcher is harmless.
/// </summary>
public sealed partial class OutboxDelivery(
    SmsDelivery sms, EmailOutboxStore outbox, IEmailTransport transport, EmailTemplateCatalog templates,
    IOptions<EmailOutboxOptions> options, TimeProvider time, ILogger<OutboxDelivery> logger)
{
    private readonly EmailOutboxOptions _options = options.Value;

    /// <summary>
    /// Attempts the row <paramref name="rowKey"/> once; says whether it is final or when to try again.
    /// </summary>
    public async Task<EmailDispatchStep> AttemptAsync(string rowKey)
    {
        var stored = await outbox.GetAsync(rowKey, CancellationToken.None);
        if (stored is not null) return await AttemptAsync(stored);
        LogMissing(logger, rowKey);
        return EmailDispatchStep.Done("missing");
    }

    /// <summary>Attempts a row just read or written (no second read); its ETag guards the claim as usual.</summary>
    public async Task<EmailDispatchStep> AttemptAsync(StoredOutboxEntry stored)
    {
        ArgumentNullException.ThrowIfNull(stored);

        if (stored.Entry.Channel == OutboxChannel.Sms) return await sms.AttemptAsync(stored);
        var (entry, etag) = (stored.Entry, stored.ETag);
        var now = time.GetUtcNow();
        if (OutboxStatus.IsFinal(entry.Status)) return EmailDispatchStep.Done(entry.Status);
        // Another attempt is under way.
        if (entry is { Status: OutboxStatus.Sending, LeaseUntil: { } heldUntil } && heldUntil > now)
            return EmailDispatchStep.Retry(entry.Status, _options.LookAgainWhileHeld(heldUntil, now));
        if (await EarlierPendingUntilAsync(entry, now) is { } lookAgainAt)
            return EmailDispatchStep.Retry(entry.Status, lookAgainAt);

        var claimed = Claim(entry, now);
        // Claimed meanwhile: look again later.
        if (await outbox.TryReplaceAsync(claimed, etag, CancellationToken.None) is not { } claimedTag)
            return EmailDispatchStep.Retry(entry.Status, now + _options.FirstRetryDelay);
        return await SendClaimedAsync(new StoredOutboxEntry(claimed, claimedTag));
    }

    /// <summary>
    /// Adds a new e-mail row already claimed for its first attempt when nothing must go before it (one write instead
    /// of an add and a claim), else as queued; the row as stored, or null when the event's row exists. A host that dies
    /// before the attempt is recorded leaves the row claimed: the dispatcher of the retried queueing takes it over once
    /// its lease ends, as it does a row whose attempt died after its claim.
    /// </summary>
    /// <param name="entry">The new row.</param>
    /// <param name="settled">Rows the caller saw sent or failed for good: an email that follows one needs no read of
    /// it.</param>
    public async Task<StoredOutboxEntry?> TryAddAsync(OutboxEntry entry, IReadOnlySet<string>? settled = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = time.GetUtcNow();
        var claimable = entry is { Channel: OutboxChannel.Email, Status: OutboxStatus.Queued }
            && (entry.AfterRowKey is { } earlier && settled?.Contains(earlier) == true
                || await EarlierPendingUntilAsync(entry, now) is null);
        return await outbox.TryAddAsync(claimable ? Claim(entry, now) : entry, CancellationToken.None);
    }

    /// <summary>
    /// Attempts a row just read or written: one added claimed (<see cref="TryAddAsync"/>) is sent at once.
    /// </summary>
    public Task<EmailDispatchStep> AttemptAddedAsync(StoredOutboxEntry added)
    {
        ArgumentNullException.ThrowIfNull(added);
        return added.Entry is { Status: OutboxStatus.Sending, Channel: OutboxChannel.Email }
            ? SendClaimedAsync(added)
            : AttemptAsync(added);
    }

    private OutboxEntry Claim(OutboxEntry entry, DateTimeOffset now) => entry with
    {
        Status = OutboxStatus.Sending,
        Attempts = entry.Attempts + 1,
        LastAttemptAt = now,
        LeaseUntil = now + _options.Lease,
        NextAttemptAt = null,
    };

    /// <summary>Sends a row this call holds the claim of, then records the outcome under the claim's ETag.</summary>
    private async Task<EmailDispatchStep> SendClaimedAsync(StoredOutboxEntry held)
    {
        var (claimed, claimedTag) = (held.Entry, held.ETag);
        var outcome = await SendAsync(claimed);
        var recorded = Record(claimed, outcome, time.GetUtcNow());
        if (await outbox.TryReplaceAsync(recorded, claimedTag, CancellationToken.None) is null)
        {
            LogLeaseLost(logger, claimed.RowKey);
            return EmailDispatchStep.Retry(OutboxStatus.Sending, time.GetUtcNow() + _options.FirstRetryDelay);
        }

        LogRecorded(recorded);
        return recorded.NextAttemptAt is { } next
            ? EmailDispatchStep.Retry(recorded.Status, next)
            : EmailDispatchStep.Done(recorded.Status);
    }

    /// <summary>
    /// While the email that must arrive first is still undelivered, when to look again: after
    /// <see cref="EmailOutboxOptions.OrderCheckInterval"/>, or when that email's next attempt is due if later, so that
    /// through a long outage a successor looks once per attempt of its predecessor rather than every few seconds.
    /// Null when this email may go. Bounded by the give-up time, so a lost predecessor delays its successors but never
    /// blocks them for good.
    /// </summary>
    private async Task<DateTimeOffset?> EarlierPendingUntilAsync(OutboxEntry entry, DateTimeOffset now)
    {
        var giveUpAt = entry.QueuedAt + _options.GiveUpAfter;
        if (entry.AfterRowKey is not { } earlierKey || now >= giveUpAt) return null;
        var earlier = await outbox.GetAsync(earlierKey, CancellationToken.None);
        if (earlier is null || earlier.Entry.IsFinal) return null;
        var lookAgainAt = now + _options.OrderCheckInterval;
        if (earlier.Entry is { Status: OutboxStatus.Queued, NextAttemptAt: { } due } && due > lookAgainAt)
            lookAgainAt = due;
        return lookAgainAt < giveUpAt ? lookAgainAt : giveUpAt;
    }

    private async Task<EmailSendOutcome> SendAsync(OutboxEntry entry)
    {
        if (Domain.Identity.EmailAddress.Parse(entry.ToAddress).IsValid is false)
            return new EmailSendOutcome.Failed(Permanent: true, "InvalidRecipient");
        EmailMessage message;
        try
        {
            message = templates.Render(entry.Kind, entry.Values)
                .ToMessage(new EmailAddress(entry.ToAddress, entry.ToName));
        }
        catch (ArgumentException e)
        {
            return new EmailSendOutcome.Failed(Permanent: true, $"Template: {e.Message}");
        }

        using var timeout = new CancellationTokenSource(_options.SendTimeout);
        try
        {
            return await transport.SendAsync(message, entry.OperationId, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new EmailSendOutcome.Transient(null, "SendTimeout");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The outbox is the boundary of sending: an unexpected error is retried with backoff and bounded by the
            // give-up time.
            LogUnexpected(logger, e, entry.RowKey);
            return new EmailSendOutcome.Transient(null, e.GetType().Name);
        }
    }

    private OutboxEntry Record(OutboxEntry claimed, EmailSendOutcome outcome, DateTimeOffset now)
    {
        var settled = claimed with { LeaseUntil = null };
        switch (outcome)
        {
            case EmailSendOutcome.Succeeded sent:
                return settled with
                {
                    Status = OutboxStatus.Sent,
                    SentAt = now,
                    ProviderMessageId = sent.ProviderMessageId,
                };
            case EmailSendOutcome.Failed failed:
                var reason = failed.Permanent
                    ? failed.Reason
                    : $"{failed.Reason} (not retried under the same operation id)";
                return settled with { Status = OutboxStatus.Failed, FailedAt = now, LastError = reason };
            case EmailSendOutcome.Transient transient:
                var giveUpAt = claimed.QueuedAt + _options.GiveUpAfter;
                if (now >= giveUpAt)
                    return settled with
                    {
                        Status = OutboxStatus.Failed,
                        FailedAt = now,
                        LastError = $"GaveUp: {transient.Reason}",
                    };
                var next = now + _options.RetryDelay(claimed.Attempts, transient.RetryAfter);
                return settled with
                {
                    Status = OutboxStatus.Queued,
                    NextAttemptAt = next < giveUpAt ? next : giveUpAt,
                    LastError = transient.Reason,
                };
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
    }
}
