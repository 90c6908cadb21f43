using TalentHukou.Adapters.Time;

namespace TalentHukou.Adapters.Time;

/// <summary>Business time settings (section <c>Clock</c>).</summary>
public sealed class ClockOptions
{
    public const string SectionName = "Clock";

    /// <summary>How many business seconds pass per real second. Anything but 1 is for Development only.</summary>
    public double Acceleration { get; set; } = 1;

    /// <summary>With acceleration: the business instant the clock starts from (default: the real time at first start).</summary>
    public DateTimeOffset? BusinessStart { get; set; }

    /// <summary>Office closing time in China, when "within N working days" ends.</summary>
    public TimeOnly ClosingTime { get; set; } = new(17, 30);
}
