namespace TalentHukou.Api.Routing;

/// <summary>Limits on writes (section <c>RateLimit</c>): per signed-in subject, across every instance of the app.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Objections one signed-in subject may file per minute, whatever the application.</summary>
    public int ObjectionsPerMinute { get; set; } = 5;

    /// <summary>Anonymous reads of rate-limited routes (card verification) per client address per minute.</summary>
    public int AnonymousReadsPerMinute { get; set; } = 60;
}
