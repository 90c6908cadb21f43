using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// Where an armed deadline goes under a changed calendar (issue #22 item 3): a deadline given to a person moves only
/// later, never before what was announced; a staff deadline follows the calendar both ways; a deadline that has
/// already passed stays where it was.
/// </summary>
public static class DeadlineShift
{
    /// <summary>
    /// The deadline as it stands under <paramref name="policy"/> at business time <paramref name="now"/>.
    /// </summary>
    public static ShiftedDeadline Apply(ArmedDeadline armed, DeadlinePolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(armed);
        ArgumentNullException.ThrowIfNull(policy);
        var version = policy.Calendar.Version;
        if (now >= armed.DueBy) return new ShiftedDeadline(armed, null, DeadlineDirection.Unchanged);
        var period = armed.IsPeriod ? policy.PeriodAfter(armed.From, armed.WorkingDays) : null;
        var computed = period?.EndsAt ?? policy.DueBy(armed.From, armed.WorkingDays);
        var due = DeadlineKinds.BindsPerson(armed.Kind) && computed < armed.Announced ? armed.Announced : computed;
        if (due == armed.DueBy)
            return new ShiftedDeadline(armed with { CalendarVersion = version }, null, DeadlineDirection.Unchanged);
        if (period is not null && due != period.EndsAt)
            period = period with { End = ChinaTime.DateOf(due), EndsAt = due };
        var direction = due > armed.DueBy ? DeadlineDirection.Later : DeadlineDirection.Earlier;
        // Once a person is told of a later date, that date is the one announced.
        var announced = direction == DeadlineDirection.Later ? due : armed.Announced;
        return new ShiftedDeadline(
            armed with { DueBy = due, Announced = announced, CalendarVersion = version }, period, direction);
    }
}

/// <summary>The deadline after a calendar change, its period when it ends one, and which way it moved.</summary>
public sealed record ShiftedDeadline(ArmedDeadline Deadline, WorkingDayPeriod? Period, DeadlineDirection Direction)
{
    public bool Moved => Direction != DeadlineDirection.Unchanged;
}

/// <summary>Which way a deadline moved.</summary>
public enum DeadlineDirection
{
    Unchanged,
    Later,
    Earlier,
}
