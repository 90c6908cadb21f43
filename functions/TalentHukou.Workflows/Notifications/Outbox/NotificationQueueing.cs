using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// How orchestrations queue an email: the <see cref="QueueNotification"/> activity with the transient retries.
/// </summary>
public static partial class NotificationQueueing
{
    /// <summary>
    /// Queues <paramref name="request"/>; true when this call queued it, false when it was queued before.
    /// </summary>
    public static Task<bool> QueueNotificationAsync(
        this TaskOrchestrationContext context, NotificationRequest request) =>
        context.CallActivityAsync<bool>(nameof(QueueNotification), request, ActivityRetry.Transient);

    /// <summary>
    /// Queues a notice of something already done (a decision applied, a card issued): a notice that cannot be queued
    /// must not undo it, so the failure is logged on <paramref name="logger"/> (a replay-safe one) instead of thrown.
    /// </summary>
    public static async Task TryQueueNotificationAsync(
        this TaskOrchestrationContext context, NotificationRequest request, ILogger logger)
    {
        try
        {
            await context.QueueNotificationAsync(request);
        }
        catch (TaskFailedException e)
        {
            LogNotQueued(logger, request.Kind.ToString(), request.EventKey, e.FailureDetails.ErrorType);
        }
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Error,
        Message = "Could not queue the {Kind} notice {EventKey} ({ErrorType}); what it reports stands")]
    private static partial void LogNotQueued(ILogger logger, string kind, string eventKey, string errorType);
}
