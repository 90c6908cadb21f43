using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>Queues one email and makes its first delivery attempt (<see cref="NotificationQueue"/>).</summary>
public sealed class QueueNotification(NotificationQueue queue, DurableTaskClient durable)
    : TaskActivity<NotificationRequest, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, NotificationRequest input) =>
        queue.QueueAsync(input, durable, CancellationToken.None);
}
