using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// Files an objection (异议) while the publicity runs: stored on the application first, then handed to its process; if
/// the process cannot take it, the objection is removed again.
/// </summary>
public sealed class FileObjection(
    ApplicationUpdater updater, TakeDecision decisions, BusinessClock clock, TimeProvider time)
{
    /// <summary>Objections one account may file on one application.</summary>
    public const int MaxPerObjector = 3;

    public async Task<ObjectionOutcome> FileAsync(
        DurableTaskClient durable, ApplicationRecord record, string reason, string contact, DecisionActor objector,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(objector);
        var filedBy = objector.Subject;
        if (!ApplicationStages.TakesObjections(record))
            return new ObjectionOutcome.Refused(
                new DecisionOutcome.WrongStage(record, "Objections are accepted only while the publicity runs."));
        if (record.Objections.Count >= PublicityStep.MaxObjections)
            return new ObjectionOutcome.TooMany(PublicityStep.MaxObjections);
        // One account cannot fill the application's cap: it files a few at most.
        if (record.Objections.Count(o => o.FiledBy == filedBy) >= MaxPerObjector)
            return new ObjectionOutcome.TooMany(MaxPerObjector);

        var objection = new Objection(TableKeys.SortableId("OB", time.GetUtcNow()), reason,
            PersonalDataScrubber.Scrub(contact), filedBy, clock.UtcNow);
        var stored = await updater.UpdateAsync(record.ApplicationId,
            a => ApplicationStages.TakesObjections(a) ? a with { Objections = [.. a.Objections, objection] } : a, ct);
        if (stored?.Objections.Any(o => o.ObjectionId == objection.ObjectionId) != true)
            return new ObjectionOutcome.Refused(
                new DecisionOutcome.WrongStage(stored ?? record, "The publicity ended before the objection arrived."));
        var taken = await decisions.TakeAsync(durable, record, new DecisionRequest(ApplicationEvents.Objection,
            DecisionKinds.ObjectionFiled, objector, new ObjectionPayload(objection.ObjectionId)), ct);
        if (taken is DecisionOutcome.Taken) return new ObjectionOutcome.Filed(objection.ObjectionId);
        await updater.UpdateAsync(record.ApplicationId,
            a => a with { Objections = a.Objections.Where(o => o.ObjectionId != objection.ObjectionId).ToList() },
            CancellationToken.None);
        return new ObjectionOutcome.Refused(taken);
    }
}

/// <summary>What became of an objection.</summary>
public abstract record ObjectionOutcome
{
    public sealed record Filed(string ObjectionId) : ObjectionOutcome;

    /// <summary>The application holds the most objections it takes.</summary>
    public sealed record TooMany(int Max) : ObjectionOutcome;

    /// <summary>Not filed, for the reason the decision outcome gives (wrong stage, process still starting).</summary>
    public sealed record Refused(DecisionOutcome Why) : ObjectionOutcome;
}
