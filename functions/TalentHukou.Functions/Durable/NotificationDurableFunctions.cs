using Microsoft.Azure.Functions.Worker;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for the email outbox's activities.</summary>
public static class NotificationDurableFunctions
{
    [Function(nameof(QueueNotification))]
    public static Task<bool> Queue([ActivityTrigger] NotificationRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<QueueNotification, NotificationRequest, bool>(context, input);
}
