using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Queues an email and makes its first delivery attempt: looks the recipient up (<see cref="NoticeRecipients"/>),
/// writes the outbox row (the durable record that it must be sent, and the exactly-once guard: one row per event key),
/// then sends. Only when that attempt leaves the row waiting (the transport refused for now, or an earlier email of the
/// same person is still undelivered) does it start the row's <see cref="EmailDispatchOrchestrator"/>, which retries.
/// Idempotent per event key: a retried activity or a replayed orchestration never sends the same email twice (the
/// row's claim and the stable operation id see to that), and a retry after a crash still finishes the delivery.
/// </summary>
/// <remarks>
/// The dispatcher is started with a client because an orchestration cannot start an independent one; the Functions app
/// passes its <c>[DurableClient]</c> binding, the local host its registered client.
/// </remarks>
public sealed partial class NotificationQueue(
    EmailOutboxStore outbox, OutboxDelivery delivery, NoticeRecipients recipients, TimeProvider time, ILogger<NotificationQueue> logger)
{
    /// <summary>True when this call queued the email; false when it was queued before or there is nobody to write to.</summary>
    public async Task<bool> QueueAsync(NotificationRequest request, DurableTaskClient durable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(durable);
        if (await recipients.ResolveAsync(request.Recipient, ct) is not { } to)
        {
            LogNobody(logger, request.Kind.ToString(), request.Recipient.Kind.ToString(), request.Recipient.Id);
            return false;
        }
        return await QueueEntryAsync(OutboxEntry.For(request, to, time.GetUtcNow()), durable, ct);
    }

    /// <summary>
    /// Writes <paramref name="entry"/> (an e-mail or SMS row) unless its event's row on that channel exists, makes the
    /// first attempt, and starts the row's dispatcher when it needs more. True when this call queued it.
    /// </summary>
    public async Task<bool> QueueEntryAsync(OutboxEntry entry, DurableTaskClient durable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(durable);
        var added = await outbox.TryAddAsync(entry, ct);
        var stored = added ?? await outbox.GetAsync(entry.RowKey, ct);
        if (stored is null || stored.Entry.IsFinal) return false; // already delivered or failed for good
        var step = await delivery.AttemptAsync(stored);
        if (step.RetryAt is { } retryAt) await durable.EnsureEmailDispatchAsync(entry.RowKey, retryAt, ct);
        return added is not null;
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning,
        Message = "No {Kind} email queued: the {RecipientKind} {RecipientId} has no address on record")]
    private static partial void LogNobody(ILogger logger, string kind, string recipientKind, string? recipientId);
}
