using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// "Within N working days": the deadline is the office closing time (China time) of the N-th working day
/// after the day the matter was filed. Filing on a holiday or after hours changes nothing: the filing day never counts.
/// </summary>
public sealed class DeadlinePolicy(WorkingDayCalendar calendar, TimeOnly closingTime)
{
    public static readonly TimeOnly DefaultClosingTime = new(17, 30);

    public WorkingDayCalendar Calendar => calendar;

    public TimeOnly ClosingTime => closingTime;

    public DateTimeOffset DueBy(DateTimeOffset filedAt, int workingDays) =>
        ChinaTime.At(calendar.AddWorkingDays(ChinaTime.DateOf(filedAt), workingDays), closingTime);

    /// <summary>
    /// A period of <paramref name="workingDays"/> working days that starts on the first working day after
    /// <paramref name="startedAt"/>'s day and ends at closing time on its last day (e.g. the 5-working-day publicity).
    /// </summary>
    public WorkingDayPeriod PeriodAfter(DateTimeOffset startedAt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = ChinaTime.DateOf(startedAt);
        var first = calendar.AddWorkingDays(day, 1);
        var last = calendar.AddWorkingDays(day, workingDays);
        return new WorkingDayPeriod(first, last, ChinaTime.At(last, closingTime));
    }
}

/// <summary>
/// A run of working days, from <see cref="Start"/> to <see cref="End"/> inclusive, closing at <see cref="EndsAt"/>.
/// </summary>
public sealed record WorkingDayPeriod(DateOnly Start, DateOnly End, DateTimeOffset EndsAt);
