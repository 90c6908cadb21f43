using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Drops a start message delivered again to an instance that has already started, as the Durable Task Framework's own
/// dispatcher does (Durable Functions runs on it; the sidecar's dispatcher does not check). The Azure Storage provider
/// sends an episode's messages and saves its history before it deletes the messages it consumed, so a host or storage
/// failing in between delivers the start again; taken in, a second ExecutionStarted event fails the instance's every
/// later episode ("Multiple ExecutionStartedEvent found") and the instance never moves again.
/// </summary>
internal sealed partial class DuplicateStartFilter(IOrchestrationService inner, ILogger<DuplicateStartFilter> logger)
    : OrchestrationServiceDecorator(inner)
{
    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
        TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var workItem = await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (workItem?.OrchestrationRuntimeState?.ExecutionStartedEvent is null || !workItem.NewMessages.Any(IsStart))
            return workItem!;
        foreach (var repeated in workItem.NewMessages.Where(IsStart))
            LogDropped(logger, workItem.InstanceId, repeated.OrchestrationInstance?.ExecutionId);
        workItem.NewMessages = workItem.NewMessages.Where(m => !IsStart(m)).ToList();
        return workItem;
    }

    private static bool IsStart(TaskMessage message) => message.Event is ExecutionStartedEvent;

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning,
        Message = "Dropped a start message for {InstanceId} (execution {ExecutionId}): "
            + "the instance has already started")]
    private static partial void LogDropped(ILogger logger, string instanceId, string? executionId);
}
