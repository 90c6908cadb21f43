using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// The <see cref="EmailDispatchOrchestrator"/>'s delivery attempt: one attempt of the row, and its fallback to the
/// other channel when it failed for good (<see cref="NotificationQueue.AttemptAsync(string, DurableTaskClient,
/// CancellationToken)"/>).
/// </summary>
public sealed class SendQueuedEmail(NotificationQueue queue,
    DurableTaskClient durable) : TaskActivity<EmailDispatchInput, EmailDispatchStep>
{
    public override Task<EmailDispatchStep> RunAsync(TaskActivityContext context, EmailDispatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return queue.AttemptAsync(input.RowKey, durable, CancellationToken.None);
    }
}
