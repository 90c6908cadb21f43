using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Tests.Time;

public class ClockAnchorTests
{
    private static readonly DateTimeOffset Real = DateTimeOffset.Parse("2026-11-27T07:00:00Z");
    private static readonly DateTimeOffset Business = DateTimeOffset.Parse("2026-02-12T01:00:00Z");

    [Fact]
    public void ToBusiness_Accelerated_AdvancesByTheFactor()
    {
        var anchor = new ClockAnchor(Real, Business, 100_000);
        Assert.Equal(Business.AddSeconds(100_000), anchor.ToBusiness(Real.AddSeconds(1)));
    }

    [Fact]
    public void ToReal_Accelerated_FiveDaysPassInSeconds()
    {
        var anchor = new ClockAnchor(Real, Business, 100_000);
        Assert.Equal(Real.AddSeconds(5 * 86_400 / 100_000.0), anchor.ToReal(Business.AddDays(5)));
    }

    [Fact]
    public void ToBusiness_ThenToReal_RoundTrips()
    {
        var anchor = new ClockAnchor(Real, Business, 37_000);
        var instant = Real.AddMilliseconds(12_345);
        Assert.Equal(instant, anchor.ToReal(anchor.ToBusiness(instant)));
    }

    [Fact]
    public void ToBusiness_Slowed_RunsSlowerThanRealTime()
    {
        var anchor = new ClockAnchor(Real, Business, 0.5);
        Assert.Equal(Business.AddSeconds(30), anchor.ToBusiness(Real.AddMinutes(1)));
    }

    [Fact]
    public void RealTime_IsIdentity()
    {
        Assert.True(ClockAnchor.RealTime.IsRealTime);
        Assert.Equal(Real, ClockAnchor.RealTime.ToBusiness(Real));
        Assert.Equal(Real, ClockAnchor.RealTime.ToReal(Real));
    }
}
