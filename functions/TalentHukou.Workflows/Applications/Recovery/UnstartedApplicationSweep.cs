using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Workflows.Durable;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Recovery;

/// <summary>
/// Every <see cref="UnstartedApplicationSweepInput.Interval"/>, starts the orchestration of each application that was
/// stored but not seen to start for <see cref="UnstartedApplicationSweepInput.QuietPeriod"/> (its host died between the
/// two), so that no application waits for its applicant to submit again. One instance (<see cref="InstanceId"/>),
/// continued as new each round; every submission starts it unless it runs already, and so does the local host.
/// </summary>
public sealed class UnstartedApplicationSweep : TaskOrchestrator<UnstartedApplicationSweepInput, int>
{
    public const string InstanceId = "sweep-unstarted-applications";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, UnstartedApplicationSweepInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var restarted = 0;
        try
        {
            var writtenBefore = new DateTimeOffset(context.CurrentUtcDateTime - input.QuietPeriod, TimeSpan.Zero);
            restarted = await context.CallActivityAsync<int>(nameof(StartUnstartedApplications), writtenBefore, ActivityRetry.Transient);
        }
        catch (TaskFailedException e)
        {
            context.CreateReplaySafeLogger<UnstartedApplicationSweep>().LogWarning(
                "The unstarted-application sweep failed ({Error}); the next round comes in {Interval}", e.FailureDetails.ErrorMessage, input.Interval);
        }
        await context.CreateTimer(input.Interval, CancellationToken.None);
        context.ContinueAsNew(input);
        return restarted;
    }

    /// <summary>Starts the sweep unless it runs already.</summary>
    public static Task EnsureRunningAsync(DurableTaskClient durable, UnstartedApplicationSweepInput input, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(UnstartedApplicationSweep), input, InstanceId, replaceEnded: true, ct);
}

/// <summary>How often the sweep runs, and how long an application must have been stored unstarted before it is started.</summary>
public sealed record UnstartedApplicationSweepInput(TimeSpan Interval, TimeSpan QuietPeriod);
