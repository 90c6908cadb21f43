using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// Every <see cref="UnstartedProcessSweepInput.Interval"/>, starts the orchestration of each application, registry
/// request or ticket that was stored but not seen to start for <see cref="UnstartedProcessSweepInput.QuietPeriod"/>
/// (its host died between the two), so that nothing waits for its author to submit again. One instance
/// (<see cref="InstanceId"/>), continued as new each round; every submission starts it unless it runs already, and so
/// does the local host.
/// </summary>
public sealed class UnstartedProcessSweep : TaskOrchestrator<UnstartedProcessSweepInput, int>
{
    public const string InstanceId = "sweep-unstarted-processes";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, UnstartedProcessSweepInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var restarted = 0;
        try
        {
            var writtenBefore = new DateTimeOffset(context.CurrentUtcDateTime - input.QuietPeriod, TimeSpan.Zero);
            restarted = await context.CallActivityAsync<int>(
                nameof(StartUnstartedProcesses), writtenBefore, ActivityRetry.Transient);
        }
        catch (TaskFailedException e)
        {
            context.CreateReplaySafeLogger<UnstartedProcessSweep>().LogWarning(
                "The unstarted-process sweep failed ({Error}); the next round comes in {Interval}",
                e.FailureDetails.ErrorMessage, input.Interval);
        }
        await context.CreateTimer(input.Interval, CancellationToken.None);
        context.ContinueAsNewAtCurrentVersion(input);
        return restarted;
    }

    /// <summary>Starts the sweep unless it runs already.</summary>
    public static Task EnsureRunningAsync(
        DurableTaskClient durable, UnstartedProcessSweepInput input, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(UnstartedProcessSweep), input, InstanceId, replaceEnded: true, ct);
}

/// <summary>
/// How often the sweep runs, and how long a thing must have been stored unstarted before it is started.
/// </summary>
public sealed record UnstartedProcessSweepInput(TimeSpan Interval, TimeSpan QuietPeriod);
