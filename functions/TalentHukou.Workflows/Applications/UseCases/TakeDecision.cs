using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// Hands a decision (a unit or HRSS review, an objection or its resolution, the card office's issue order, the
/// applicant's e-signature) to the application's process, once it runs; the process checks it against its own stage.
/// </summary>
public sealed class TakeDecision
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    /// <summary>Takes the decision if the application is at <paramref name="stage"/>.</summary>
    public Task<DecisionOutcome> AtStageAsync(
        DurableTaskClient durable, ApplicationRecord record, ApplicationStage stage, string eventName, object payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stage == stage
            ? TakeAsync(durable, record, eventName, payload, ct)
            : Task.FromResult<DecisionOutcome>(new DecisionOutcome.WrongStage(record,
                $"Decisions of this kind are taken at stage {StageNames.Wire(stage)}."));
    }

    public async Task<DecisionOutcome> TakeAsync(
        DurableTaskClient durable, ApplicationRecord record, string eventName, object payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Every timeline entry after "submitted" was written by the orchestration: it has run, whatever its status row says.
        var ran = record.Timeline.Count > 1;
        var raised = await durable.RaiseWhenStartedAsync(
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), eventName, payload, StartWait, ct, ran);
        return raised ? new DecisionOutcome.Taken(record, eventName) : new DecisionOutcome.StillStarting();
    }
}
