using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Domain.Applications;

/// <summary>
/// One change to an application's read model, with the timeline entry that records it. Applying the same step twice
/// (a retried activity) changes nothing: a step is identified by its event and business time.
/// </summary>
public sealed record ApplicationStep(string ApplicationId, DateTimeOffset At, string Event)
{
    public ApplicationStage? Stage { get; init; }
    public string? Note { get; init; }
    public WorkingDayPeriod? Publicity { get; init; }
    public string? EscalatedStep { get; init; }
    public DateTimeOffset? CardDeadline { get; init; }
    public ESignature? Signature { get; init; }
    public string? Reason { get; init; }
    public ObjectionUpdate? Objection { get; init; }
    public CardInfo? Card { get; init; }
    public string? PsbCheck { get; init; }

    /// <summary>
    /// A return for correction: becomes the record's <see cref="ApplicationRecord.Return"/> and counts.
    /// </summary>
    public ReturnInfo? Returned { get; init; }

    /// <summary>
    /// The step the application starts waiting at; a step that changes the stage without one clears it.
    /// </summary>
    public StepDue? Waiting { get; init; }

    /// <summary>A deadline a holiday notice moved; a correction deadline also moves the return's due time.</summary>
    public DeadlineMove? Moved { get; init; }

    /// <summary>A bookkeeping step (the due time of a wait) that adds nothing to the timeline.</summary>
    public bool Quiet { get; init; }

    /// <summary>
    /// The record with this step applied. A closed record (rejected, withdrawn, closed by ops) takes no step at all,
    /// and a record whose card was delivered no step back to an earlier stage: the record comes back unchanged (check
    /// with <see cref="IsRefusedBy"/>), whatever ran the step (a restarted or replayed process, a late retry).
    /// </summary>
    public ApplicationRecord ApplyTo(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (IsRefusedBy(record)) return record;
        if (Quiet) return record.Waiting == Waiting ? record : record with { Waiting = Waiting };
        if (record.Timeline.Any(t => t.Event == Event && t.At == At)) return record;
        var stage = Stage ?? record.Stage;
        return record with
        {
            Stage = stage,
            Timeline =
            [
                .. record.Timeline,
                new TimelineEntry(At, Event, Stage is null ? null : StageNames.Wire(stage), Note) { Moved = Moved },
            ],
            Publicity = Publicity ?? record.Publicity,
            Escalations = EscalatedStep is null
                ? record.Escalations
                : [.. record.Escalations, new Escalation(EscalatedStep, At)],
            CardDeadline = CardDeadline ?? record.CardDeadline,
            Signature = Signature ?? record.Signature,
            Reason = Reason ?? record.Reason,
            Objections = Objection is null
                ? record.Objections
                : record.Objections.Select(o => Objection.ApplyTo(o, At)).ToList(),
            Card = Card ?? record.Card,
            PsbCheck = PsbCheck ?? record.PsbCheck,
            Return = Returned ?? MovedReturn(record.Return),
            ReturnCount = record.ReturnCount + (Returned is null ? 0 : 1),
            Waiting = Waiting ?? (Stage is not null && Stage != record.Stage ? null : record.Waiting),
        };
    }

    private ReturnInfo? MovedReturn(ReturnInfo? current) =>
        Moved is { Deadline: DeadlineKinds.Correction } move && current is not null
            ? current with { CorrectionDueBy = move.To }
            : current;

    /// <summary>Whether <paramref name="record"/>'s stage refuses this step (see <see cref="ApplyTo"/>).</summary>
    public bool IsRefusedBy(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ApplicationStages.IsClosed(record.Stage)) return true;
        return Stage is { } to && !ApplicationStages.MayMove(record.Stage, to);
    }
}

/// <summary>A reviewer's resolution of one objection.</summary>
public sealed record ObjectionUpdate(string ObjectionId, string Status, string Note, string By)
{
    public Objection ApplyTo(Objection objection, DateTimeOffset at) =>
        objection.ObjectionId != ObjectionId
            ? objection
            : objection with { Status = Status, Note = Note, ResolvedBy = By, ResolvedAt = at };
}

/// <summary>Wire names of stages (kebab-case), shared by the read model and the API.</summary>
public static class StageNames
{
    public static string Wire(ApplicationStage stage) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(stage.ToString());
}
