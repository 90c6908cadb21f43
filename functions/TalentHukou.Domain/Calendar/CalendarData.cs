using System.Reflection;
using System.Text.Json;

namespace TalentHukou.Domain.Calendar;

/// <summary>The published holiday arrangements, as read from <c>Data/calendar.cn.json</c>.</summary>
public sealed record CalendarData(IReadOnlyDictionary<int, CalendarYear> Years)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the calendar shipped with the domain assembly.</summary>
    public static CalendarData LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TalentHukou.Domain.Data.calendar.cn.json")
            ?? throw new InvalidOperationException("The embedded calendar data file is missing.");
        return Parse(stream);
    }

    /// <summary>Parses a calendar file; every range and date must fall in the year it is listed under.</summary>
    public static CalendarData Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The calendar file is empty.");
        var years = new Dictionary<int, CalendarYear>();
        foreach (var (yearText, year) in file.Years)
        {
            var number = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
            var holidays = year.Holidays.Select(range => new DateRange(DateOnly.Parse(range[0]), DateOnly.Parse(range[^1]))).ToList();
            var working = year.WorkingWeekendDays.Select(DateOnly.Parse).ToList();
            if (holidays.Any(r => r.Start.Year != number || r.End.Year != number || r.End < r.Start) || working.Any(d => d.Year != number))
                throw new InvalidDataException($"Calendar year {number} lists a date outside that year or an inverted range.");
            years[number] = new CalendarYear(holidays, working);
        }
        return new CalendarData(years);
    }

    private sealed record CalendarFile(Dictionary<string, YearFile> Years);

    private sealed record YearFile(List<string[]> Holidays, List<string> WorkingWeekendDays);
}

/// <summary>One year's statutory holidays and 调休 working weekend days.</summary>
public sealed record CalendarYear(IReadOnlyList<DateRange> Holidays, IReadOnlyList<DateOnly> WorkingWeekendDays);

/// <summary>An inclusive range of dates.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public IEnumerable<DateOnly> Days()
    {
        for (var day = Start; day <= End; day = day.AddDays(1)) yield return day;
    }
}
