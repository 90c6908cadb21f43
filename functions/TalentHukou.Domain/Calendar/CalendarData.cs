using System.Reflection;
using System.Text.Json;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// The published holiday notices by year: the embedded seed (<c>Data/calendar.cn.json</c>) or the stored ones.
/// </summary>
public sealed record CalendarData(IReadOnlyDictionary<int, CalendarYear> Years)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static CalendarData Empty { get; } = new(new Dictionary<int, CalendarYear>());

    /// <summary>Reads the notices shipped with the domain assembly (the seed: 2025 and 2026).</summary>
    public static CalendarData LoadEmbedded()
    {
        using var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream("TalentHukou.Domain.Data.calendar.cn.json")
            ?? throw new InvalidOperationException("The embedded calendar data file is missing.");
        return Parse(stream);
    }

    /// <summary>
    /// Parses a calendar file; each year must pass <see cref="HolidayNoticeRules"/> except statutory coverage.
    /// </summary>
    public static CalendarData Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The calendar file is empty.");
        var years = new Dictionary<int, CalendarYear>();
        foreach (var (yearText, year) in file.Years)
        {
            var number = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
            var holidays = year.Holidays
                .Select(range => new DateRange(DateOnly.Parse(range[0]), DateOnly.Parse(range[^1])))
                .ToList();
            var working = year.WorkingWeekendDays.Select(DateOnly.Parse).ToList();
            var parsed = new CalendarYear(holidays, working, year.Notice);
            var problems = HolidayNoticeRules.ShapeProblems(number, parsed).ToList();
            if (problems.Count > 0)
                throw new InvalidDataException(
                    $"Calendar year {number}: {string.Join("; ", problems.Select(p => p.Message))}");
            years[number] = parsed;
        }
        return new CalendarData(years);
    }

    /// <summary>These notices with <paramref name="year"/> replaced by <paramref name="notice"/>.</summary>
    public CalendarData With(int year, CalendarYear notice) =>
        new(new Dictionary<int, CalendarYear>(Years) { [year] = notice });

    private sealed record CalendarFile(Dictionary<string, YearFile> Years);

    private sealed record YearFile(List<string[]> Holidays, List<string> WorkingWeekendDays, NoticeInfo? Notice);
}

/// <summary>
/// One year's holiday notice: the days off (ranges may reach back into the previous December) and the 调休 weekend
/// days worked, with the notice they come from.
/// </summary>
public sealed record CalendarYear(
    IReadOnlyList<DateRange> Holidays, IReadOnlyList<DateOnly> WorkingWeekendDays, NoticeInfo? Notice = null);

/// <summary>The State Council notice a year's arrangement comes from (e.g. 国办发明电〔2024〕12号).</summary>
public sealed record NoticeInfo(string Reference, DateOnly PublishedOn);

/// <summary>An inclusive range of dates.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public IEnumerable<DateOnly> Days()
    {
        for (var day = Start; day <= End; day = day.AddDays(1)) yield return day;
    }
}
