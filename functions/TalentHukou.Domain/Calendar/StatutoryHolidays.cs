namespace TalentHukou.Domain.Calendar;

/// <summary>
/// The 13 statutory days off of the 全国年节及纪念日放假办法 (revised 2024, in force from 2025), and the 补假 its
/// article 6 gives for a statutory day on a Saturday or Sunday: a weekday off right after that holiday.
/// </summary>
public static class StatutoryHolidays
{
    public const int FirstYear = 2025;
    public const int LastYear = 2100;

    public static bool Supports(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The festivals of <paramref name="year"/> in date order, each with its statutory days.</summary>
    public static IReadOnlyList<Festival> Festivals(int year)
    {
        if (!Supports(year))
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"Statutory holidays are computed for {FirstYear}–{LastYear}.");
        var springFestival = LunarDates.NewYearsEve(year);
        return
        [
            new("元旦", [new DateOnly(year, 1, 1)]),
            new("春节", [.. Enumerable.Range(0, 4).Select(springFestival.AddDays)]),
            new("清明", [SolarTerms.QingMing(year)]),
            new("劳动节", [new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)]),
            new("端午", [LunarDates.ToGregorian(year, 5, 5)]),
            .. MidAutumnAndNationalDay(year),
        ];
    }

    /// <summary>Every statutory day of <paramref name="year"/> (12 dates when 中秋 falls on 1–3 October).</summary>
    public static IReadOnlySet<DateOnly> Days(int year) => Festivals(year).SelectMany(f => f.Days).ToHashSet();

    /// <summary>
    /// The provisional arrangement of a year without a notice: the statutory days, plus one 补假 weekday for each
    /// statutory day on a weekend, on the first weekdays after that festival that are not already off.
    /// </summary>
    public static IReadOnlyList<DateOnly> MakeUpDays(int year)
    {
        var off = Days(year).ToHashSet();
        var makeUp = new List<DateOnly>();
        foreach (var festival in Festivals(year))
        {
            var owed = festival.Days.Count(IsWeekend);
            for (var day = festival.Days.Max().AddDays(1); owed > 0; day = day.AddDays(1))
            {
                if (IsWeekend(day) || off.Contains(day)) continue;
                off.Add(day);
                makeUp.Add(day);
                owed--;
            }
        }
        return makeUp;
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<Festival> MidAutumnAndNationalDay(int year)
    {
        var midAutumn = new Festival("中秋", [LunarDates.ToGregorian(year, 8, 15)]);
        var nationalDay = new Festival("国庆", [.. Enumerable.Range(1, 3).Select(day => new DateOnly(year, 10, day))]);
        return midAutumn.Days[0] <= nationalDay.Days[0] ? [midAutumn, nationalDay] : [nationalDay, midAutumn];
    }
}

/// <summary>One festival's statutory days off, in date order.</summary>
public sealed record Festival(string Name, IReadOnlyList<DateOnly> Days);
