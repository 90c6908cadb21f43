using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Queues an email: writes the outbox row (the durable record that it must be sent) and starts its
/// <see cref="EmailDispatchOrchestrator"/>, which delivers it with retries. Idempotent per event key: a retried activity
/// or a replayed orchestration never queues the same email twice, and a retry after a crash between the two steps
/// still starts the dispatcher. Returns true when this call queued the email, false when it was already queued.
/// </summary>
/// <remarks>
/// The dispatcher is started here, with a client, because an orchestration cannot start an independent one; the
/// Functions app passes the <c>[DurableClient]</c> binding, the local host its registered client.
/// </remarks>
public sealed class QueueNotification(EmailOutboxStore outbox, DurableTaskClient durable, TimeProvider time) : TaskActivity<NotificationRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NotificationRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = OutboxEntry.For(input, time.GetUtcNow());
        var added = await outbox.TryAddAsync(entry, CancellationToken.None);
        if (!added && await outbox.GetAsync(entry.RowKey, CancellationToken.None) is not { Entry.Status: OutboxStatus.Queued or OutboxStatus.Sending })
            return false; // already sent or failed for good
        await durable.EnsureEmailDispatchAsync(entry.RowKey, CancellationToken.None);
        return added;
    }
}
