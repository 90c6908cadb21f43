using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Cases.Bulk;

/// <summary>
/// Applies one ops action to exactly the instances a dry run listed, one after another, each re-checked by the
/// single-instance rules (<see cref="ApplyOpsControl"/>, which audits it). One instance per dry run
/// (<see cref="InstanceIdFor"/>), so applying twice acts once. Progress is the custom status; the summary the output.
/// </summary>
public sealed class OpsBulkOrchestrator : TaskOrchestrator<BulkInput, BulkProgress>
{
    private static readonly TaskOptions Retry =
        TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(2)));

    public static string InstanceIdFor(string dryRunId) => "ops-bulk-" + dryRunId;

    public override async Task<BulkProgress> RunAsync(TaskOrchestrationContext context, BulkInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var progress = new BulkProgress(0, input.InstanceIds.Count, 0, 0, 0);
        context.SetCustomStatus(progress);
        foreach (var instanceId in input.InstanceIds)
        {
            string outcome;
            try
            {
                outcome = await context.CallActivityAsync<string>(nameof(ApplyOpsControl),
                    new BulkStep(context.InstanceId, instanceId, input.Action, input.Actor, input.Reason), Retry);
            }
            catch (TaskFailedException)
            {
                outcome = "failed";
            }
            progress = progress.After(outcome);
            context.SetCustomStatus(progress);
        }
        return progress;
    }
}

/// <summary>
/// What a bulk apply acts on: the dry run's action, reason, the operator who applies it and the instances.
/// </summary>
public sealed record BulkInput(
    string DryRunId,
    string Action,
    string Actor,
    string Reason,
    IReadOnlyList<string> InstanceIds);

/// <summary>One instance of a bulk apply.</summary>
public sealed record BulkStep(string BulkId, string InstanceId, string Action, string Actor, string Reason);

/// <summary>How far a bulk apply is: instances done of the total, and how each went.</summary>
public sealed record BulkProgress(int Done, int Total, int Succeeded, int Refused, int Failed)
{
    public BulkProgress After(string outcome) => outcome switch
    {
        "accepted" => this with { Done = Done + 1, Succeeded = Succeeded + 1 },
        "refused" or "not-found" => this with { Done = Done + 1, Refused = Refused + 1 },
        _ => this with { Done = Done + 1, Failed = Failed + 1 },
    };
}
