using TalentHukou.Domain.Calendar;

namespace TalentHukou.Domain.Tests.Calendar;

public class StatutoryHolidaysTests
{
    /// <summary>
    /// 除夕, 清明, 端午 and 中秋, 2025–2030: the 2027 and 2028 rows, the 2025 and 2026 State Council notices, and
    /// for every row two independent computations that agree (6tail's lunar-javascript, high-precision 寿星 algorithm,
    /// and the jjonline 1900–2100 lookup tables), besides the Hong Kong Observatory conversion tables' published dates.
    /// </summary>
    public static TheoryData<int, string, string, string, string> KnownDates => new()
    {
        { 2025, "2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06" },
        { 2026, "2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25" },
        { 2027, "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15" },
        { 2028, "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03" },
        { 2029, "2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22" },
        { 2030, "2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12" },
    };

    [Theory]
    [MemberData(nameof(KnownDates))]
    public void Festivals_KnownYears_MatchTheVerifiedDates(
        int year, string eve, string qingMing, string dragonBoat, string midAutumn)
    {
        var festivals = StatutoryHolidays.Festivals(year).ToDictionary(f => f.Name, f => f.Days);
        var newYearsEve = DateOnly.Parse(eve);
        Assert.Equal([new DateOnly(year, 1, 1)], festivals["元旦"]);
        Assert.Equal(
            [newYearsEve, newYearsEve.AddDays(1), newYearsEve.AddDays(2), newYearsEve.AddDays(3)], festivals["春节"]);
        Assert.Equal([DateOnly.Parse(qingMing)], festivals["清明"]);
        Assert.Equal([new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)], festivals["劳动节"]);
        Assert.Equal([DateOnly.Parse(dragonBoat)], festivals["端午"]);
        Assert.Equal([DateOnly.Parse(midAutumn)], festivals["中秋"]);
        Assert.Equal(
            [new DateOnly(year, 10, 1), new DateOnly(year, 10, 2), new DateOnly(year, 10, 3)], festivals["国庆"]);
    }

    /// <summary>
    /// Years whose 清明 falls within 35 minutes of midnight China time, where an inaccurate solar position would
    /// give the wrong day (times from the high-precision computation: 2038 00:29, 2042 23:40, 2071 00:10, 2075 23:31,
    /// 2100 00:43).
    /// </summary>
    [Theory]
    [InlineData(2038, "2038-04-05")]
    [InlineData(2042, "2042-04-04")]
    [InlineData(2071, "2071-04-05")]
    [InlineData(2075, "2075-04-04")]
    [InlineData(2100, "2100-04-05")]
    public void QingMing_NearMidnight_FallsOnThePublishedDay(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SolarTerms.QingMing(year));

    [Fact]
    public void Days_EveryYear2025To2100_ThirteenDaysOrTwelveWhenMidAutumnIsNationalDay()
    {
        for (var year = StatutoryHolidays.FirstYear; year <= StatutoryHolidays.LastYear; year++)
        {
            var midAutumn = StatutoryHolidays.Festivals(year).Single(f => f.Name == "中秋").Days[0];
            var expected = midAutumn.Month == 10 && midAutumn.Day <= 3 ? 12 : 13;
            Assert.True(
                expected == StatutoryHolidays.Days(year).Count, $"{year}: {StatutoryHolidays.Days(year).Count} days");
            Assert.InRange(SolarTerms.QingMing(year), new DateOnly(year, 4, 4), new DateOnly(year, 4, 5));
        }
    }

    [Fact]
    public void NewYearsEve_TwelfthMonthOf29Days_IsThe29th()
    {
        // Lunar year 2024's twelfth month had 29 days: 除夕 2025 was 腊月廿九, 2025-01-28.
        Assert.Equal(new DateOnly(2025, 1, 28), LunarDates.NewYearsEve(2025));
    }

    [Fact]
    public void ToGregorian_LeapMonthYear_SkipsTheLeapMonth()
    {
        // Lunar year 2025 has a leap sixth month (闰六月, 2025-07-25..08-22), so 中秋 is two months after 端午 plus it.
        Assert.Equal(new DateOnly(2025, 10, 6), LunarDates.ToGregorian(2025, 8, 15));
        Assert.Equal(new DateOnly(2025, 5, 31), LunarDates.ToGregorian(2025, 5, 5));
    }

    /// <summary>
    /// 2027: 春节 Feb 5–8 has Sat 6 and Sun 7 (补假 Tue 9, Wed 10); 劳动节 May 1–2 is a weekend (Mon 3, Tue 4);
    /// 国庆 has Sat 2 and Sun 3 (Mon 4, Tue 5). 2028: 元旦 is a Saturday (Mon Jan 3); 端午 May 28 is a Sunday,
    /// 5-29 (Mon), and 国庆's Sunday Oct 1 gives Wed Oct 4 (Tue 3 is 国庆 and 中秋 at once). 2026 as its notice
    /// shows: 清明 Sun Apr 5 (Mon 6), 劳动节 Sat May 2 (Mon 4), 国庆 Sat Oct 3 (Mon 5).
    /// </summary>
    [Theory]
    [InlineData(2026, "2026-04-06,2026-05-04,2026-10-05")]
    [InlineData(2027, "2027-02-09,2027-02-10,2027-05-03,2027-05-04,2027-10-04,2027-10-05")]
    [InlineData(2028, "2028-01-03,2028-05-29,2028-10-04")]
    [InlineData(2029, "2029-06-18,2029-09-24")]
    public void MakeUpDays_StatutoryDaysOnWeekends_GiveBackTheWeekdaysAfter(int year, string expected) =>
        Assert.Equal(expected.Split(',').Select(DateOnly.Parse), StatutoryHolidays.MakeUpDays(year));

    [Theory]
    [MemberData(nameof(SeedYears))]
    public void SeedNotice_EveryStatutoryDay_IsADayOff(int year)
    {
        var notice = WorkingDayCalendar.Default.Notices.Years[year];
        var off = notice.Holidays.SelectMany(r => r.Days()).ToHashSet();
        Assert.All(StatutoryHolidays.Days(year), day => Assert.Contains(day, off));
        Assert.Empty(HolidayNoticeRules.Problems(year, notice));
    }

    public static TheoryData<int> SeedYears => new() { 2025, 2026 };

    [Fact]
    public void Festivals_OutsideTheLawsYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.Festivals(2024));
}
