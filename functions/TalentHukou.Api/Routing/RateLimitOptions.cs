namespace TalentHukou.Api.Routing;

/// <summary>Limits on writes (section <c>RateLimit</c>): per signed-in subject, across every instance of the app.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Objections against the public roster one account may file per minute (on top of the write budget).</summary>
    public int RosterObjectionsPerMinute { get; set; } = 3;
}
