using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Workflows.Retention;

/// <summary>
/// One round of <see cref="InstanceRetentionJob"/>: purges instances created before the given time that have ended,
/// with their history; returns how many. Created, not ended, is what the backends filter on: an instance ends after it
/// is created, so nothing younger than the retention goes. The client comes as a binding in the Functions app, from DI
/// on the local host.
/// </summary>
public sealed partial class PurgeEndedInstances(DurableTaskClient durable, ILogger<PurgeEndedInstances> logger)
    : TaskActivity<DateTimeOffset, int>
{
    private static readonly OrchestrationRuntimeStatus[] Ended =
        [
            OrchestrationRuntimeStatus.Completed,
            OrchestrationRuntimeStatus.Failed,
            OrchestrationRuntimeStatus.Terminated,
        ];

    public override async Task<int> RunAsync(TaskActivityContext context, DateTimeOffset createdBefore)
    {
        var result = await durable.PurgeAllInstancesAsync(
            new PurgeInstancesFilter(CreatedFrom: DateTimeOffset.UnixEpoch, CreatedTo: createdBefore, Statuses: Ended),
            CancellationToken.None);
        if (result.PurgedInstanceCount > 0) LogPurged(logger, result.PurgedInstanceCount, createdBefore);
        return result.PurgedInstanceCount;
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information,
        Message = "Purged {Count} ended orchestration instances created before {CreatedBefore}, with their history")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset createdBefore);
}
