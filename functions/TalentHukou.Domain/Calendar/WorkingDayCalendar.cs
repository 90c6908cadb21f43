using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// Mainland China working days: Monday to Friday, less the days off, plus the 调休 weekend days that are worked. A year
/// with a published notice follows it; a year without one is <i>provisional</i>: its statutory days and their 补假
/// (<see cref="StatutoryHolidays"/>) are off, its 调休 unknown. Immutable: a new notice makes a new calendar.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly ConcurrentDictionary<int, IReadOnlySet<DateOnly>> ProvisionalDaysOff = new();

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekendDays;

    public WorkingDayCalendar(CalendarData notices)
    {
        Notices = notices;
        _holidays = notices.Years.Values.SelectMany(y => y.Holidays.SelectMany(r => r.Days())).ToHashSet();
        _workingWeekendDays = notices.Years.Values.SelectMany(y => y.WorkingWeekendDays).ToHashSet();
        LastPublishedYear = notices.Years.Count == 0 ? 0 : notices.Years.Keys.Max();
        Version = VersionOf(notices);
    }

    /// <summary>The calendar of the seed notices shipped with the service.</summary>
    public static WorkingDayCalendar Default { get; } = new(CalendarData.LoadEmbedded());

    public CalendarData Notices { get; }

    /// <summary>
    /// A short digest of the notices: two calendars with the same notices have the same version everywhere.
    /// </summary>
    public string Version { get; }

    /// <summary>The last year whose official holiday notice the calendar holds.</summary>
    public int LastPublishedYear { get; }

    public bool HasNotice(int year) => Notices.Years.ContainsKey(year);

    /// <summary>Whether <paramref name="date"/> lies in a year whose holiday notice is known.</summary>
    public bool Covers(DateOnly date) => HasNotice(date.Year);

    /// <summary>
    /// Whether counting through (<paramref name="from"/>, <paramref name="to"/>] touches a year without a notice.
    /// </summary>
    public bool TouchesProvisional(DateOnly from, DateOnly to)
    {
        for (var year = from.AddDays(1).Year; year <= to.Year; year++)
            if (!HasNotice(year)) return true;
        return false;
    }

    /// <summary>
    /// Whether a deadline counted from <paramref name="since"/> to <paramref name="dueBy"/> (China dates) counts days
    /// in a year without a notice: what the API's <c>…Provisional</c> siblings say.
    /// </summary>
    public bool IsProvisional(DateTimeOffset since, DateTimeOffset dueBy)
    {
        var due = Time.ChinaTime.DateOf(dueBy);
        return !HasNotice(due.Year) || TouchesProvisional(Time.ChinaTime.DateOf(since), due);
    }

    /// <summary>
    /// The same for a period of working days from <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    public bool IsProvisional(DateOnly first, DateOnly last) =>
        !HasNotice(last.Year) || TouchesProvisional(first.AddDays(-1), last);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_workingWeekendDays.Contains(date)) return true;
        if (_holidays.Contains(date)) return false;
        if (!HasNotice(date.Year) && ProvisionalDaysOffIn(date.Year).Contains(date)) return false;
        return !StatutoryHolidays.IsWeekend(date);
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

    /// <summary>
    /// The arrangement of <paramref name="year"/>: its notice, or the statutory days and 补假 when it has none.
    /// </summary>
    public CalendarYearView Year(int year)
    {
        if (Notices.Years.TryGetValue(year, out var notice)) return new(year, notice, Provisional: false);
        var off = ProvisionalDaysOffIn(year);
        return new(year, new CalendarYear(Runs(off), []), Provisional: true);
    }

    private static IReadOnlySet<DateOnly> ProvisionalDaysOffIn(int year) =>
        !StatutoryHolidays.Supports(year)
            ? new HashSet<DateOnly>()
            : ProvisionalDaysOff.GetOrAdd(year, y =>
                StatutoryHolidays.Days(y).Union(StatutoryHolidays.MakeUpDays(y)).ToHashSet());

    /// <summary>Days off as ranges, each widened over the weekend days that adjoin or join them.</summary>
    private static IReadOnlyList<DateRange> Runs(IReadOnlySet<DateOnly> off)
    {
        var ranges = new List<DateRange>();
        foreach (var day in off.Order())
        {
            if (ranges.Count > 0 && ranges[^1].End >= day) continue;
            var start = day;
            while (IsRest(start.AddDays(-1))) start = start.AddDays(-1);
            var end = day;
            while (IsRest(end.AddDays(1))) end = end.AddDays(1);
            ranges.Add(new DateRange(start, end));
        }
        return ranges;

        bool IsRest(DateOnly day) => StatutoryHolidays.IsWeekend(day) || off.Contains(day);
    }

    private static string VersionOf(CalendarData notices)
    {
        var text = new StringBuilder();
        foreach (var (year, notice) in notices.Years.OrderBy(y => y.Key))
        {
            text.Append(year).Append('|').Append(notice.Notice?.Reference).Append('|');
            foreach (var range in notice.Holidays)
                text.Append(range.Start.DayNumber).Append('-').Append(range.End.DayNumber).Append(',');
            text.Append('|');
            foreach (var day in notice.WorkingWeekendDays) text.Append(day.DayNumber).Append(',');
            text.Append(';');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}

/// <summary>One year as the calendar uses it: the notice's arrangement, or the provisional statutory one.</summary>
public sealed record CalendarYearView(int Year, CalendarYear Arrangement, bool Provisional);
