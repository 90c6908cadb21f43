using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Retention;

/// <summary>
/// Every <see cref="InstanceRetentionInput.Interval"/>, purges the orchestration instances that ended (completed,
/// failed, terminated) more than <see cref="InstanceRetentionInput.Retention"/> ago, with their history. One instance
/// (<see cref="InstanceId"/>), continued as new each round, ensured by <see cref="Processes.PeriodicWork"/>. Each round
/// also deletes the materials of closed applications past their retention (<see cref="DeleteExpiredMaterials"/>) and,
/// from version 2, the audit entries past theirs (<see cref="PurgeExpiredAuditEntries"/>, never under six months).
/// </summary>
public sealed class InstanceRetentionJob : TaskOrchestrator<InstanceRetentionInput, int>
{
    public const string InstanceId = "retention-ended-instances";

    /// <summary>Applications whose materials one round deletes at most; the next round takes the rest.</summary>
    public const int MaterialsPerRound = 200;

    /// <summary>Audit entries one round deletes at most; the next round takes the rest.</summary>
    public const int AuditEntriesPerRound = 2000;

    public override async Task<int> RunAsync(TaskOrchestrationContext context, InstanceRetentionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var purged = 0;
        try
        {
            var endedBefore = new DateTimeOffset(context.CurrentUtcDateTime - input.Retention, TimeSpan.Zero);
            purged = await context.CallActivityAsync<int>(
                nameof(PurgeEndedInstances), endedBefore, ActivityRetry.Transient);
            await context.CallActivityAsync<int>(
                nameof(DeleteExpiredMaterials), MaterialsPerRound, ActivityRetry.Transient);
            if (context.IsVersionAtLeast(2))
                await context.CallActivityAsync<int>(
                    nameof(PurgeExpiredAuditEntries), AuditEntriesPerRound, ActivityRetry.Transient);
        }
        catch (TaskFailedException e)
        {
            context.CreateReplaySafeLogger<InstanceRetentionJob>().LogWarning(
                "The retention job failed ({Error}); the next round comes in {Interval}",
                e.FailureDetails.ErrorMessage, input.Interval);
        }
        await context.CreateTimer(input.Interval, CancellationToken.None);
        context.ContinueAsNewAtCurrentVersion(input);
        return purged;
    }

    /// <summary>Starts the job unless it runs already.</summary>
    public static Task EnsureRunningAsync(
        DurableTaskClient durable, InstanceRetentionInput input, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(InstanceRetentionJob), input, InstanceId, replaceEnded: true, ct);
}

/// <summary>How long ended instances are kept, and how often the job runs.</summary>
public sealed record InstanceRetentionInput(TimeSpan Retention, TimeSpan Interval);
