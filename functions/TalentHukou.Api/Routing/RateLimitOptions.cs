using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Api.Routing;

/// <summary>Limits on writes (section <c>RateLimit</c>): per signed-in subject, across every instance of the app.</summary>
public sealed class RateLimitOptions : ISelfValidatingOptions
{
    public const string SectionName = "RateLimit";

    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Objections one signed-in subject may file per minute, whatever the application.</summary>
    public int ObjectionsPerMinute { get; set; } = 5;

    /// <summary>Anonymous reads of rate-limited routes (card verification) per client address per minute.</summary>
    public int AnonymousReadsPerMinute { get; set; } = 60;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (WritesPerMinute <= 0) yield return "RateLimit:WritesPerMinute must be positive.";
    }
}
