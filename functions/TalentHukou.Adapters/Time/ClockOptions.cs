using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Time;

namespace TalentHukou.Adapters.Time;

/// <summary>Business time settings (section <c>Clock</c>).</summary>
public sealed class ClockOptions : ISelfValidatingOptions
{
    public const string SectionName = "Clock";

    /// <summary>How many business seconds pass per real second. Anything but 1 is for Development only.</summary>
    public double Acceleration { get; set; } = 1;

    /// <summary>
    /// With acceleration: the business instant the clock starts from (default: the real time at first start).
    /// </summary>
    public DateTimeOffset? BusinessStart { get; set; }

    /// <summary>Office closing time in China, when "within N working days" ends.</summary>
    public TimeOnly ClosingTime { get; set; } = new(17, 30);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (Acceleration is not (> 0 and <= 10_000_000))
            yield return "Clock:Acceleration must be between 0 and 10,000,000.";
        if (!environment.IsDevelopment() && (Acceleration != 1 || BusinessStart is not null))
            yield return "Clock:Acceleration and Clock:BusinessStart may only be changed "
                + "in the Development environment.";
    }
}
