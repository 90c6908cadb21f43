using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Records an activity's outcome (its result, or giving its message back) even when storage is down at the moment the
/// activity ends. The Azure Storage provider remembers every activity message it hands out and forgets it only once the
/// outcome is recorded; when both recording the result and giving the message back fail, it goes on ignoring that
/// message for the rest of the process's life, and the orchestration waiting for the result never moves again. So
/// both calls are retried, with back-off, for as long as storage is unreachable and the host runs. A request storage
/// rejects is not retried. An outage longer than the message's visibility timeout lets the message come back meanwhile:
/// this process still ignores it, and a later host runs the activity again, whose repeated result the orchestration
/// drops.
/// </summary>
internal sealed partial class ActivityOutcomeRetry(
    IOrchestrationService inner, TimeProvider time, CancellationToken stopping, ILogger<ActivityOutcomeRetry> logger)
    : OrchestrationServiceDecorator(inner)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(15);

    public override Task CompleteTaskActivityWorkItemAsync(
        TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        UntilRecordedAsync(
            () => Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage), workItem, "result");

    public override Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) =>
        UntilRecordedAsync(() => Inner.AbandonTaskActivityWorkItemAsync(workItem), workItem, "abandonment");

    private async Task UntilRecordedAsync(Func<Task> record, TaskActivityWorkItem workItem, string outcome)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await record();
                if (attempt > 1) LogRecorded(logger, ActivityName(workItem), outcome, InstanceId(workItem), attempt);
                return;
            }
            catch (Exception ex) when (StorageOutage.Is(ex) && !stopping.IsCancellationRequested)
            {
                LogRetrying(
                    logger,
                    ActivityName(workItem),
                    outcome,
                    InstanceId(workItem),
                    attempt,
                    delay,
                    ex.GetBaseException().Message);
            }
            await Task.Delay(delay, time, stopping);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private static string ActivityName(TaskActivityWorkItem workItem) =>
        (workItem.TaskMessage.Event as TaskScheduledEvent)?.Name ?? "(unknown)";

    private static string InstanceId(TaskActivityWorkItem workItem) =>
        workItem.TaskMessage.OrchestrationInstance?.InstanceId ?? "(unknown)";

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "Storage unreachable while recording activity {Activity}'s {Outcome} for {InstanceId} "
            + "(attempt {Attempt}: {Error}); trying again in {Delay}")]
    private static partial void LogRetrying(
        ILogger logger, string activity, string outcome, string instanceId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information,
        Message = "Recorded activity {Activity}'s {Outcome} for {InstanceId} at attempt {Attempt}")]
    private static partial void LogRecorded(
        ILogger logger, string activity, string outcome, string instanceId, int attempt);
}
