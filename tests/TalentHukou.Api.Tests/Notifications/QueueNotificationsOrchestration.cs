using Microsoft.DurableTask;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Api.Tests.Notifications;

/// <summary>A test-only orchestration that queues notifications the way the service's orchestrations do.</summary>
public sealed class QueueNotificationsOrchestration : TaskOrchestrator<IReadOnlyList<NotificationRequest>, List<bool>>
{
    public override async Task<List<bool>> RunAsync(
        TaskOrchestrationContext context, IReadOnlyList<NotificationRequest> input)
    {
        var queued = new List<bool>();
        foreach (var request in input)
            queued.Add(await context.CallActivityAsync<bool>(nameof(QueueNotification), request));
        return queued;
    }
}
