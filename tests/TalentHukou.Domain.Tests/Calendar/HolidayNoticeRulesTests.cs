using TalentHukou.Domain.Calendar;

namespace TalentHukou.Domain.Tests.Calendar;

public class HolidayNoticeRulesTests
{
    private static readonly NoticeInfo Info = new("国办发明电〔2026〕9号", new DateOnly(2026, 11, 10));

    /// <summary>A plausible 2027 notice: every statutory day covered, two Saturdays worked.</summary>
    private static List<DateRange> Holidays2027() =>
    [
        R("2027-01-01", "2027-01-03"), R("2027-02-05", "2027-02-11"), R("2027-04-03", "2027-04-05"),
        R("2027-05-01", "2027-05-05"), R("2027-06-09", "2027-06-09"), R("2027-09-15", "2027-09-15"),
        R("2027-10-01", "2027-10-07"),
    ];

    [Fact]
    public void Problems_CompleteNotice_IsEmpty() =>
        Assert.Empty(HolidayNoticeRules.Problems(2027, new CalendarYear(Holidays2027(), [D("2027-02-20")], Info)));

    [Fact]
    public void Problems_StatutoryDayNotCovered_NamesTheDay()
    {
        var holidays = Holidays2027();
        holidays[5] = R("2027-09-16", "2027-09-16");
        var problem = Assert.Single(HolidayNoticeRules.Problems(2027, new CalendarYear(holidays, [], Info)));
        Assert.Equal("holidays", problem.Field);
        Assert.Contains("2027-09-15 (中秋)", problem.Message);
    }

    [Fact]
    public void Problems_MakeUpDayOnAWeekday_NamesIt()
    {
        var problem = Assert.Single(
            HolidayNoticeRules.Problems(2027, new CalendarYear(Holidays2027(), [D("2027-02-19")], Info)));
        Assert.Equal("workingWeekendDays[0]", problem.Field);
        Assert.Contains("Saturday or Sunday", problem.Message);
    }

    [Fact]
    public void Problems_OverlappingRanges_NamesTheLaterRange()
    {
        var holidays = Holidays2027();
        holidays.Add(R("2027-10-07", "2027-10-08"));
        var problem = Assert.Single(HolidayNoticeRules.Problems(2027, new CalendarYear(holidays, [], Info)));
        Assert.Equal("holidays[7]", problem.Field);
        Assert.Contains("overlaps", problem.Message);
    }

    [Fact]
    public void Problems_ReversedRange_NamesIt()
    {
        var holidays = Holidays2027();
        holidays.Add(R("2027-12-31", "2027-12-30"));
        var problem = Assert.Single(HolidayNoticeRules.Problems(2027, new CalendarYear(holidays, [], Info)));
        Assert.Equal("holidays[7]", problem.Field);
        Assert.Contains("ends before it starts", problem.Message);
    }

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2028-01-01")]
    public void Problems_DateOutsideTheYearAndItsPreviousDecember_NamesIt(string date)
    {
        var holidays = Holidays2027();
        holidays.Add(R(date, date));
        var problem = Assert.Single(HolidayNoticeRules.Problems(2027, new CalendarYear(holidays, [], Info)));
        Assert.Contains("outside 2027", problem.Message);
    }

    [Fact]
    public void Problems_PreviousDecember_IsAccepted()
    {
        // The 2023 notice gave Saturday 2022-12-31 off; the 2019 notice made Saturday 2018-12-29 a working day.
        var holidays = Holidays2027();
        holidays[0] = R("2026-12-31", "2027-01-03");
        Assert.Empty(HolidayNoticeRules.Problems(2027, new CalendarYear(holidays, [D("2026-12-26")], Info)));
    }

    [Fact]
    public void Problems_WorkedDayInsideAHolidayOrWithoutReference_NamesBoth()
    {
        var problems = HolidayNoticeRules.Problems(
            2027, new CalendarYear(Holidays2027(), [D("2027-02-06")], new NoticeInfo(" ", Info.PublishedOn)));
        Assert.Contains(
            problems, p => p.Field == "workingWeekendDays[0]" && p.Message.Contains("inside a holiday range"));
        Assert.Contains(problems, p => p.Field == "notice.reference");
    }

    private static DateRange R(string from, string to) => new(D(from), D(to));

    private static DateOnly D(string date) => DateOnly.Parse(date);
}
