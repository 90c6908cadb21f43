using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Limits on writes (section <c>RateLimit</c>): per signed-in subject, across every instance of the app.
/// </summary>
public sealed class RateLimitOptions : ISelfValidatingOptions
{
    public const string SectionName = "RateLimit";

    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Objections one signed-in subject may file per minute, whatever the application.</summary>
    public int ObjectionsPerMinute { get; set; } = 5;

    /// <summary>Anonymous reads of rate-limited routes (card verification) per client address per minute.</summary>
    public int AnonymousReadsPerMinute { get; set; } = 60;

    /// <summary>Card verifications one signed-in subject may make per minute, whatever the card.</summary>
    public int SignedInVerificationsPerMinute { get; set; } = 120;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (WritesPerMinute <= 0) yield return "RateLimit:WritesPerMinute must be positive.";
        if (AnonymousReadsPerMinute <= 0) yield return "RateLimit:AnonymousReadsPerMinute must be positive.";
        if (SignedInVerificationsPerMinute <= 0)
            yield return "RateLimit:SignedInVerificationsPerMinute must be positive.";
    }
}
