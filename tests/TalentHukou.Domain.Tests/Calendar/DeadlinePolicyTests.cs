using TalentHukou.Domain.Calendar;

namespace TalentHukou.Domain.Tests.Calendar;

public class DeadlinePolicyTests
{
    private static readonly DeadlinePolicy Policy = new(WorkingDayCalendar.Default, DeadlinePolicy.DefaultClosingTime);

    private static DateTimeOffset China(string local) => DateTimeOffset.Parse(local + "+08:00");

    [Theory]
    [InlineData("2026-03-02T09:00", 1, "2026-03-03T17:30")] // Monday morning → Tuesday closing time
    [InlineData("2026-03-02T23:59", 1, "2026-03-03T17:30")] // after hours: the filing day still does not count
    [InlineData("2026-03-06T18:00", 1, "2026-03-09T17:30")] // Friday evening → Monday
    [InlineData("2026-02-13T10:00", 1, "2026-02-14T17:30")] // Saturday 2-14 is worked
    [InlineData("2026-02-14T10:00", 1, "2026-02-24T17:30")] // Spring Festival 2026
    [InlineData("2026-02-14T10:00", 3, "2026-02-26T17:30")] // the 3-working-day ticket SLA across it
    [InlineData("2025-09-30T16:00", 1, "2025-10-09T17:30")] // National Day 2025
    [InlineData("2026-10-01T08:00", 1, "2026-10-08T17:30")] // filed on a holiday
    public void DueBy_WorkingDaysAfterFilingDay_EndsAtClosingTime(string filedLocal, int days, string dueLocal) =>
        Assert.Equal(China(dueLocal), Policy.DueBy(China(filedLocal), days));

    [Fact]
    public void DueBy_FiledJustBeforeMidnightChinaTime_UsesTheChinaDate()
    {
        // 2026-03-02T15:59Z is 23:59 in China (Monday); 16:00Z is already Tuesday in China.
        Assert.Equal(China("2026-03-03T17:30"), Policy.DueBy(DateTimeOffset.Parse("2026-03-02T15:59:00Z"), 1));
        Assert.Equal(China("2026-03-04T17:30"), Policy.DueBy(DateTimeOffset.Parse("2026-03-02T16:00:00Z"), 1));
    }

    [Fact]
    public void DueBy_CustomClosingTime_IsUsed() =>
        Assert.Equal(
            China("2026-03-03T18:00"),
            new DeadlinePolicy(WorkingDayCalendar.Default, new TimeOnly(18, 0)).DueBy(China("2026-03-02T09:00"), 1));

    [Fact]
    public void PeriodAfter_PublicitySpanningSpringFestival_RunsFiveWorkingDays()
    {
        var period = Policy.PeriodAfter(China("2026-02-11T15:00"), 5);
        Assert.Equal(new DateOnly(2026, 2, 12), period.Start);
        Assert.Equal(new DateOnly(2026, 2, 25), period.End); // 12, 13, 14 (调休), 24, 25
        Assert.Equal(China("2026-02-25T17:30"), period.EndsAt);
    }
}
