namespace TalentHukou.Domain.Calendar;

/// <summary>
/// What a holiday notice for a year must satisfy before the calendar uses it. Each problem names the field it is
/// about (<c>holidays[2]</c>, <c>workingWeekendDays[0]</c>, <c>notice.reference</c>) for a validation answer.
/// </summary>
public static class HolidayNoticeRules
{
    /// <summary>Every problem of <paramref name="notice"/> as the notice for <paramref name="year"/>.</summary>
    public static IReadOnlyList<NoticeProblem> Problems(int year, CalendarYear notice)
    {
        var problems = ShapeProblems(year, notice).ToList();
        if (notice.Notice is null || string.IsNullOrWhiteSpace(notice.Notice.Reference))
            problems.Add(new(NoticeProblemKind.ReferenceMissing, "notice.reference",
                "The notice's reference (e.g. its document number) is required."));
        if (StatutoryHolidays.Supports(year))
        {
            var off = notice.Holidays.SelectMany(r => r.Days()).ToHashSet();
            foreach (var festival in StatutoryHolidays.Festivals(year))
                foreach (var day in festival.Days.Where(d => !off.Contains(d)))
                    problems.Add(new(NoticeProblemKind.StatutoryDayNotCovered, "holidays",
                        $"The statutory day {day:yyyy-MM-dd} ({festival.Name}) is not covered by any range."));
        }
        return problems;
    }

    /// <summary>The problems that need no knowledge of the law: dates, order, overlaps, weekend make-up days.</summary>
    public static IEnumerable<NoticeProblem> ShapeProblems(int year, CalendarYear notice)
    {
        for (var i = 0; i < notice.Holidays.Count; i++)
        {
            var range = notice.Holidays[i];
            if (range.End < range.Start)
                yield return new(NoticeProblemKind.ReversedRange, $"holidays[{i}]",
                    $"The range {Text(range)} ends before it starts.");
            if (!InNoticeYear(year, range.Start) || !InNoticeYear(year, range.End))
                yield return new(NoticeProblemKind.OutsideYear, $"holidays[{i}]",
                    $"The range {Text(range)} lies outside {year} and its previous December.");
            for (var j = 0; j < i; j++)
                if (range.Start <= notice.Holidays[j].End && notice.Holidays[j].Start <= range.End)
                    yield return new(NoticeProblemKind.Overlap, $"holidays[{i}]",
                        $"The range {Text(range)} overlaps {Text(notice.Holidays[j])}.");
        }
        for (var i = 0; i < notice.WorkingWeekendDays.Count; i++)
        {
            var day = notice.WorkingWeekendDays[i];
            if (!StatutoryHolidays.IsWeekend(day))
                yield return new(NoticeProblemKind.NotAWeekend, $"workingWeekendDays[{i}]",
                    $"{day:yyyy-MM-dd} is a {day.DayOfWeek}: a make-up working day must be a Saturday or Sunday.");
            if (!InNoticeYear(year, day))
                yield return new(NoticeProblemKind.OutsideYear, $"workingWeekendDays[{i}]",
                    $"{day:yyyy-MM-dd} lies outside {year} and its previous December.");
            if (notice.Holidays.Any(r => r.Start <= day && day <= r.End))
                yield return new(NoticeProblemKind.Overlap, $"workingWeekendDays[{i}]",
                    $"{day:yyyy-MM-dd} is also inside a holiday range.");
            if (notice.WorkingWeekendDays.Take(i).Contains(day))
                yield return new(NoticeProblemKind.Overlap, $"workingWeekendDays[{i}]",
                    $"{day:yyyy-MM-dd} is listed twice.");
        }
    }

    /// <summary>Notices reach back into the previous December (the 2023 notice gave 2022-12-31 off).</summary>
    private static bool InNoticeYear(int year, DateOnly day) =>
        day.Year == year || (day.Year == year - 1 && day.Month == 12);

    private static string Text(DateRange range) => $"{range.Start:yyyy-MM-dd}..{range.End:yyyy-MM-dd}";
}

/// <summary>One thing wrong with a notice: its kind, the field it is about and what is wrong, in English.</summary>
public sealed record NoticeProblem(NoticeProblemKind Kind, string Field, string Message);

/// <summary>The kinds of problem a holiday notice can have.</summary>
public enum NoticeProblemKind
{
    StatutoryDayNotCovered,
    NotAWeekend,
    Overlap,
    ReversedRange,
    OutsideYear,
    ReferenceMissing,
}
