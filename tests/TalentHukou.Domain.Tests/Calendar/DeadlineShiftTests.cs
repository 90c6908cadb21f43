using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Tests.Calendar;

/// <summary>
/// Which way a notice moves an armed deadline: later or not at all for a person, both ways for staff, never once
/// passed.
/// 2027 has no notice in the seed: provisional, with 元旦 on Friday 1 January.
/// </summary>
public class DeadlineShiftTests
{
    private static readonly DateTimeOffset Monday28Dec = new(2026, 12, 28, 9, 0, 0, ChinaTime.Offset);

    private static readonly DeadlinePolicy Statutory =
        new(WorkingDayCalendar.Default, DeadlinePolicy.DefaultClosingTime);

    /// <summary>Monday 4 January 2027 off as well.</summary>
    private static readonly DeadlinePolicy MoreDaysOff = With2027([new(new(2027, 1, 1), new(2027, 1, 4))], []);

    /// <summary>Saturday 2 January 2027 worked (调休).</summary>
    private static readonly DeadlinePolicy MakeUpSaturday =
        With2027([new(new(2027, 1, 1), new(2027, 1, 1))], [new(2027, 1, 2)]);

    [Fact]
    public void Apply_PublicityWhenNoticeAddsDaysOff_MovesLaterWithItsPeriod()
    {
        var armed = Arm(DeadlineKinds.Publicity);
        Assert.Equal(At(2027, 1, 5), armed.DueBy);

        var shifted = DeadlineShift.Apply(armed, MoreDaysOff, Monday28Dec.AddDays(1));

        Assert.Equal(DeadlineDirection.Later, shifted.Direction);
        Assert.Equal(At(2027, 1, 6), shifted.Deadline.DueBy);
        Assert.Equal(At(2027, 1, 6), shifted.Deadline.Announced);
        Assert.Equal(new DateOnly(2027, 1, 6), shifted.Period!.End);
        Assert.Equal(new DateOnly(2026, 12, 29), shifted.Period.Start);
        Assert.Equal(MoreDaysOff.Calendar.Version, shifted.Deadline.CalendarVersion);
    }

    [Theory]
    [InlineData(DeadlineKinds.Publicity)]
    [InlineData(DeadlineKinds.Correction)]
    public void Apply_PersonDeadlineWhenNoticeAddsWorkingDay_StaysAsAnnounced(string kind)
    {
        var armed = Arm(kind);

        var shifted = DeadlineShift.Apply(armed, MakeUpSaturday, Monday28Dec.AddDays(1));

        Assert.Equal(DeadlineDirection.Unchanged, shifted.Direction);
        Assert.Equal(armed.DueBy, shifted.Deadline.DueBy);
        Assert.Null(shifted.Period);
        Assert.Equal(MakeUpSaturday.Calendar.Version, shifted.Deadline.CalendarVersion);
    }

    [Fact]
    public void Apply_StaffSlaWhenNoticeAddsWorkingDay_MovesEarlier()
    {
        var shifted = DeadlineShift.Apply(Arm(DeadlineKinds.ReviewSla), MakeUpSaturday, Monday28Dec.AddDays(1));

        Assert.Equal(DeadlineDirection.Earlier, shifted.Direction);
        Assert.Equal(At(2027, 1, 4), shifted.Deadline.DueBy);
    }

    [Fact]
    public void Apply_StaffSlaWhenNoticeAddsDaysOff_MovesLater()
    {
        var shifted = DeadlineShift.Apply(Arm(DeadlineKinds.ReviewSla), MoreDaysOff, Monday28Dec.AddDays(1));

        Assert.Equal(DeadlineDirection.Later, shifted.Direction);
        Assert.Equal(At(2027, 1, 6), shifted.Deadline.DueBy);
    }

    [Theory]
    [InlineData(DeadlineKinds.Publicity)]
    [InlineData(DeadlineKinds.ReviewSla)]
    public void Apply_DeadlineAlreadyPassed_NeverReopened(string kind)
    {
        var armed = Arm(kind);

        var shifted = DeadlineShift.Apply(armed, MoreDaysOff, armed.DueBy.AddMinutes(1));

        Assert.Equal(DeadlineDirection.Unchanged, shifted.Direction);
        Assert.Same(armed, shifted.Deadline);
    }

    [Fact]
    public void Apply_PersonDeadlineMovedLaterThenNoticeWithdrawn_StaysAtTheLaterAnnouncedDate()
    {
        var later = DeadlineShift.Apply(Arm(DeadlineKinds.Correction), MoreDaysOff, Monday28Dec.AddDays(1)).Deadline;

        var back = DeadlineShift.Apply(later, Statutory, Monday28Dec.AddDays(2));

        Assert.Equal(DeadlineDirection.Unchanged, back.Direction);
        Assert.Equal(At(2027, 1, 6), back.Deadline.DueBy);
    }

    [Theory]
    [InlineData(2027, true)]
    [InlineData(2026, true)]
    [InlineData(2028, false)] // a 2028 notice reaches back to December 2027 at most
    [InlineData(2025, false)]
    public void CountsDaysIn_DeadlineFromDecemberIntoJanuary_TheYearsWhoseNoticesCanMoveIt(int year, bool expected) =>
        Assert.Equal(expected, Arm(DeadlineKinds.ReviewSla).CountsDaysIn(year));

    [Fact]
    public void CountsDaysIn_DeadlineWithinDecember_NextYearsNoticeReachesBackToIt()
    {
        var december = new ArmedDeadline(DeadlineKinds.ReviewSla, new(2026, 12, 1, 9, 0, 0, ChinaTime.Offset), 5,
            At(2026, 12, 8), "v");

        var november = december with { From = new(2026, 11, 20, 9, 0, 0, ChinaTime.Offset), DueBy = At(2026, 11, 27) };

        Assert.True(december.CountsDaysIn(2027));
        Assert.False(november.CountsDaysIn(2027));
    }

    [Fact]
    public void Forecast_MixedDeadlines_CountsEachWayForTheYearOnly()
    {
        var outside = new ArmedDeadline(DeadlineKinds.ReviewSla, new(2026, 3, 2, 9, 0, 0, ChinaTime.Offset), 5,
            At(2026, 3, 9), "v");
        var passed = Arm(DeadlineKinds.ReviewSla) with { DueBy = Monday28Dec };
        var armed = new[] { Arm(DeadlineKinds.Publicity), Arm(DeadlineKinds.ReviewSla), outside, passed };

        var moves = DeadlineForecast.Count(armed, 2027, MakeUpSaturday, Monday28Dec.AddHours(1));

        Assert.Equal(new DeadlineMoves(WouldMove: 1, Later: 0, Earlier: 1, Unchanged: 2), moves);
    }

    private static ArmedDeadline Arm(string kind)
    {
        var due = kind == DeadlineKinds.Publicity
            ? Statutory.PeriodAfter(Monday28Dec, 5).EndsAt
            : Statutory.DueBy(Monday28Dec, 5);
        return new ArmedDeadline(kind, Monday28Dec, 5, due, Statutory.Calendar.Version);
    }

    private static DateTimeOffset At(int year, int month, int day) =>
        ChinaTime.At(new DateOnly(year, month, day), DeadlinePolicy.DefaultClosingTime);

    private static DeadlinePolicy With2027(List<DateRange> newYear, List<DateOnly> working)
    {
        var provisional = WorkingDayCalendar.Default.Year(2027).Arrangement;
        var holidays = provisional.Holidays.Where(r => r.Start.Month != 1).Concat(newYear).ToList();
        var notice = new CalendarYear(holidays, working, new NoticeInfo("国办发明电〔2026〕99号", new DateOnly(2026, 12, 1)));
        return new DeadlinePolicy(new WorkingDayCalendar(WorkingDayCalendar.Default.Notices.With(2027, notice)),
            DeadlinePolicy.DefaultClosingTime);
    }
}
