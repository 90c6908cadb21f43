using TalentHukou.Domain.Calendar;

namespace TalentHukou.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    [MemberData(nameof(OfficialNotices.DaysOff), MemberType = typeof(OfficialNotices))]
    public void IsWorkingDay_StatutoryHoliday_IsFalse(string date) =>
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [MemberData(nameof(OfficialNotices.WorkingWeekendDays), MemberType = typeof(OfficialNotices))]
    public void IsWorkingDay_AdjustedWeekendWorkday_IsTrue(string date)
    {
        var day = DateOnly.Parse(date);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, "the notice's 调休 days are weekend days");
        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Fact]
    public void IsWorkingDay_EveryDayOf2025And2026_MatchesTheNotices()
    {
        var off = OfficialNotices.DaysOff().Select(d => DateOnly.Parse((string)d[0])).ToHashSet();
        var worked = OfficialNotices.WorkingWeekendDays().Select(d => DateOnly.Parse((string)d[0])).ToHashSet();
        for (var day = new DateOnly(2025, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            var expected = worked.Contains(day)
                || (!off.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.True(
                expected == Calendar.IsWorkingDay(day),
                $"{day:yyyy-MM-dd} should be a {(expected ? "working" : "rest")} day");
        }
    }

    [Theory]
    [InlineData("2026-02-12", 1, "2026-02-13")] // Thursday → Friday
    [InlineData("2026-02-12", 2, "2026-02-14")] // Saturday 2-14 is a 调休 working day
    [InlineData("2026-02-12", 3, "2026-02-24")] // then Spring Festival 02-15..02-23
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2026-02-26", 2, "2026-02-28")] // Saturday 2-28 worked
    [InlineData("2025-01-24", 1, "2025-01-26")] // Sunday 1-26 worked before Spring Festival 2025
    [InlineData("2025-01-26", 1, "2025-01-27")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-09-30", 1, "2025-10-09")] // National Day + Mid-Autumn 2025
    [InlineData("2025-10-09", 2, "2025-10-11")] // Saturday 10-11 worked
    [InlineData("2026-09-30", 1, "2026-10-08")] // National Day 2026
    [InlineData("2026-10-08", 2, "2026-10-10")] // Saturday 10-10 worked
    [InlineData("2026-11-27", 0, "2026-11-27")] // zero: the day itself when working
    [InlineData("2026-11-28", 0, "2026-11-30")] // zero on a Saturday: next working day
    public void AddWorkingDays_AcrossHolidays_CountsOnlyWorkingDays(string from, int add, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), add));

    [Fact]
    public void AddWorkingDays_BeyondLastPublishedYear_FollowsTheStatutoryDays()
    {
        Assert.Equal(2026, Calendar.LastPublishedYear);
        Assert.False(Calendar.Covers(new DateOnly(2027, 1, 1)));
        // 2027-01-01 (a Friday) is 元旦 by law; 2027-02-05..08 is 春节, with 补假 on the 9th and 10th.
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.Equal(new DateOnly(2027, 1, 5), Calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 2));
        Assert.Equal(new DateOnly(2027, 2, 11), Calendar.AddWorkingDays(new DateOnly(2027, 2, 4), 1));
        Assert.True(Calendar.TouchesProvisional(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 4)));
        Assert.False(Calendar.TouchesProvisional(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Year_WithoutNotice_IsProvisionalWithStatutoryRangesAndNoMakeUpWork()
    {
        var year = Calendar.Year(2027);
        Assert.True(year.Provisional);
        Assert.Null(year.Arrangement.Notice);
        Assert.Empty(year.Arrangement.WorkingWeekendDays);
        Assert.Contains(new DateRange(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 10)), year.Arrangement.Holidays);
        Assert.Contains(new DateRange(new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 5)), year.Arrangement.Holidays);
        Assert.Contains(new DateRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), year.Arrangement.Holidays);
        Assert.False(Calendar.Year(2026).Provisional);
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知", Calendar.Year(2026).Arrangement.Notice!.Reference);
    }

    [Fact]
    public void With_ANewNotice_ReplacesTheProvisionalYearAndChangesTheVersion()
    {
        var notice = new CalendarYear(
            [
                new(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)),
                new(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 12)),
            ],
            [new DateOnly(2027, 2, 20)],
            new NoticeInfo("test", new DateOnly(2026, 11, 10)));
        var published = new WorkingDayCalendar(Calendar.Notices.With(2027, notice));
        Assert.NotEqual(Calendar.Version, published.Version);
        Assert.Equal(Calendar.Version, new WorkingDayCalendar(CalendarData.LoadEmbedded()).Version);
        Assert.False(published.IsWorkingDay(new DateOnly(2027, 2, 11)));
        Assert.True(published.IsWorkingDay(new DateOnly(2027, 2, 20)));
        // 2027 now has a notice: its 劳动节 weekend no longer gives 补假 unless the notice says so.
        Assert.True(published.IsWorkingDay(new DateOnly(2027, 5, 3)));
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 1, 5), -1));

    [Fact]
    public void Parse_DateOutsideItsYear_IsRefused()
    {
        var json = """{"years":{"2027":{"holidays":[["2026-11-30","2027-01-01"]],"workingWeekendDays":[]}}}""";
        Assert.Throws<InvalidDataException>(
            () => CalendarData.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
    }
}
