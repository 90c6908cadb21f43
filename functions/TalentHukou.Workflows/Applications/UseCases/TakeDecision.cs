using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Decisions;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// Takes a decision (a unit or HRSS review, an objection or its resolution, the card office's issue order, the
/// applicant's e-signature) on an application: stores it as a decision row with the authenticated actor, audits it,
/// then signals the application's process with the decision id alone. The process loads and checks the row before it
/// acts (ADR 0003).
/// </summary>
public sealed class TakeDecision(DecisionStore decisions, AuditTrail audit)
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    /// <summary>Takes the decision if the application is at <paramref name="stage"/>.</summary>
    public Task<DecisionOutcome> AtStageAsync(
        DurableTaskClient durable, ApplicationRecord record, ApplicationStage stage, DecisionRequest decision,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stage == stage
            ? TakeAsync(durable, record, decision, ct)
            : Task.FromResult<DecisionOutcome>(new DecisionOutcome.WrongStage(record,
                $"Decisions of this kind are taken at stage {StageNames.Wire(stage)}."));
    }

    public async Task<DecisionOutcome> TakeAsync(
        DurableTaskClient durable, ApplicationRecord record, DecisionRequest decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        var stored = await decisions.AddAsync(record.ApplicationId, decision.Kind, decision.Actor.Subject,
            decision.Actor.Role, DecisionPayload.Write(decision.Payload), ct);
        // Every timeline entry after "submitted" was written by the orchestration: it has run, whatever its status row
        // says.
        var ran = record.Timeline.Count > 1;
        var raised = await durable.RaiseWhenStartedAsync(
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), decision.EventName, stored.DecisionId,
            StartWait, ct, ran);
        await audit.AppendAsync(new AuditRecord(decision.Actor.Subject, decision.Actor.Role,
            "decision." + decision.Kind, record.ApplicationId, raised ? "signalled" : "process-starting",
            stored.DecisionId), ct);
        return raised ? new DecisionOutcome.Taken(record, decision.EventName) : new DecisionOutcome.StillStarting();
    }
}

/// <summary>A decision to take: which event signals it, its kind, who takes it, and its input (masked only).</summary>
public sealed record DecisionRequest(string EventName, string Kind, DecisionActor Actor, object Payload);
