using TalentHukou.Domain.Time;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// The business clock of the durable tests: a day per second, so that timers of days fire within the test.
/// </summary>
internal static class DayPerSecond
{
    private const double Acceleration = 86_400;

    /// <summary>Host settings with the clock accelerated; a new dictionary each call, for a test to add to.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Clock:Acceleration"] = Acceleration.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The same clock for an orchestration's input: now, at a Monday morning's business time.</summary>
    public static ClockAnchor AnchorNow() =>
        new(DateTimeOffset.UtcNow, DateTimeOffset.Parse("2026-03-02T01:00:00Z"), Acceleration);
}
