using System.Globalization;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// Gregorian dates of Chinese calendar (农历) days, through .NET's <see cref="ChineseLunisolarCalendar"/>.
/// </summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Lunisolar = new();

    /// <summary>
    /// Day <paramref name="day"/> of the ordinary (not leap) lunar month <paramref name="month"/> of lunar year
    /// <paramref name="year"/>. The calendar numbers months 1–13 in a leap year, the leap month right after the month
    /// it repeats, so every month from the leap month on shifts by one.
    /// </summary>
    public static DateOnly ToGregorian(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var leapMonth = Lunisolar.GetLeapMonth(year);
        var index = leapMonth != 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunisolar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>
    /// 除夕, the last day of the twelfth month of the lunar year that ends in Gregorian <paramref name="gregorianYear"/>:
    /// the eve of 正月初一, whether the twelfth month has 29 or 30 days.
    /// </summary>
    public static DateOnly NewYearsEve(int gregorianYear) => ToGregorian(gregorianYear, 1, 1).AddDays(-1);
}
