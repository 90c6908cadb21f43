using Microsoft.DurableTask;
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
/// Returns true when this call queued the email, false when it was already queued or there is nobody to write to.
/// </summary>
/// <remarks>
/// The dispatcher is started here, with a client, because an orchestration cannot start an independent one; the
/// Functions app passes the <c>[DurableClient]</c> binding, the local host its registered client.
/// </remarks>
public sealed partial class QueueNotification(
    EmailOutboxStore outbox, OutboxDelivery delivery, NoticeRecipients recipients, DurableTaskClient durable, TimeProvider time,
    ILogger<QueueNotification> logger) : TaskActivity<NotificationRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NotificationRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await recipients.ResolveAsync(input.Recipient, CancellationToken.None) is not { } to)
        {
            LogNobody(logger, input.Kind.ToString(), input.Recipient.Kind.ToString(), input.Recipient.Id);
            return false;
        }
        var entry = OutboxEntry.For(input, to, time.GetUtcNow());
        var added = await outbox.TryAddAsync(entry, CancellationToken.None);
        if (!added && await outbox.GetAsync(entry.RowKey, CancellationToken.None) is not { Entry.Status: OutboxStatus.Queued or OutboxStatus.Sending })
            return false; // already sent or failed for good
        var step = await delivery.AttemptAsync(entry.RowKey);
        if (step.RetryAt is { } retryAt) await durable.EnsureEmailDispatchAsync(entry.RowKey, retryAt, CancellationToken.None);
        return added;
    }

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning,
        Message = "No {Kind} email queued: the {RecipientKind} {RecipientId} has no address on record")]
    private static partial void LogNobody(ILogger logger, string kind, string recipientKind, string? recipientId);
}
