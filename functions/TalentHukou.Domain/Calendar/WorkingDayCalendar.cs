namespace TalentHukou.Domain.Calendar;

/// <summary>
/// Mainland China working days: Monday to Friday, less statutory holidays, plus the 调休 weekend days
/// that are worked. Dates after the last published year fall back to weekends only.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekendDays;

    public WorkingDayCalendar(CalendarData data)
    {
        _holidays = data.Years.Values.SelectMany(y => y.Holidays.SelectMany(r => r.Days())).ToHashSet();
        _workingWeekendDays = data.Years.Values.SelectMany(y => y.WorkingWeekendDays).ToHashSet();
        LastPublishedYear = data.Years.Count == 0 ? 0 : data.Years.Keys.Max();
    }

    /// <summary>The calendar shipped with the service.</summary>
    public static WorkingDayCalendar Default { get; } = new(CalendarData.LoadEmbedded());

    /// <summary>The last year whose official holiday notice the calendar holds.</summary>
    public int LastPublishedYear { get; }

    /// <summary>Whether <paramref name="date"/> lies in a year whose holiday notice is known.</summary>
    public bool Covers(DateOnly date) => date.Year <= LastPublishedYear;

    public bool IsWorkingDay(DateOnly date)
    {
        if (_workingWeekendDays.Contains(date)) return true;
        if (_holidays.Contains(date)) return false;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="from"/> (which itself does not count).
    /// Zero gives <paramref name="from"/> when it is a working day, else the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        if (workingDays == 0)
        {
            while (!IsWorkingDay(day)) day = day.AddDays(1);
            return day;
        }
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
