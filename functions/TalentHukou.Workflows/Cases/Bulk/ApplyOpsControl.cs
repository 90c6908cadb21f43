using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Audit;

namespace TalentHukou.Workflows.Cases.Bulk;

/// <summary>
/// One instance of a bulk apply: the single-instance rules (<see cref="OpsInstanceControl"/>) decide and act, and the
/// outcome is audited under the operator who applied it, naming the bulk. The client comes as a binding in the
/// Functions app, from DI on the local host.
/// </summary>
public sealed class ApplyOpsControl(OpsInstanceControl control, AuditTrail audit, DurableTaskClient durable)
    : TaskActivity<BulkStep, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, BulkStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var outcome = await control.RunAsync(durable, step.InstanceId, step.Action, CancellationToken.None);
        var detail = $"bulk {step.BulkId}: {step.Reason}" + (outcome.Reason is { } why ? $" ({why})" : "");
        await audit.AppendAsync(
            new AuditRecord(step.Actor, "ops", "ops." + step.Action, step.InstanceId, outcome.Outcome, detail),
            CancellationToken.None);
        return outcome.Outcome;
    }
}
