using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// A deadline an application's process waits for that a holiday notice may move (ADR 0022): what it was armed with,
/// the publicity period it ends (if any) and the waiting step the record shows (if any). Moves update it in place,
/// so the step that waits reads the deadline as it stands.
/// </summary>
internal sealed class RearmableDeadline(ArmedDeadline armed, WorkingDayPeriod? period = null, StepDue? waiting = null)
{
    public ArmedDeadline Armed { get; private set; } = armed;

    public WorkingDayPeriod? Period { get; private set; } = period;

    public StepDue? Waiting { get; private set; } = waiting;

    public DateTimeOffset DueBy => Armed.DueBy;

    /// <summary>
    /// Takes the recomputed deadline; returns the step that records a move, or null when it did not move.
    /// </summary>
    public ApplicationStep? Take(ShiftedDeadline shifted, string applicationId, DateTimeOffset now, string reference)
    {
        var from = Armed.DueBy;
        Armed = shifted.Deadline;
        if (!shifted.Moved) return null;
        Period = shifted.Period ?? Period;
        Waiting = Waiting is null ? null : Waiting with { DueBy = Armed.DueBy };
        var move = new DeadlineMove(Armed.Kind, from, Armed.DueBy, reference);
        return new ApplicationStep(applicationId, now, "deadline-moved")
        {
            Moved = move,
            Publicity = shifted.Period,
            Waiting = Waiting,
            Note = $"{move.Deadline}: {move.From:O} → {move.To:O} ({reference})",
        };
    }
}
