using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TalentHukou.Api.Routing;

/// <summary>Limits on writes (section <c>RateLimit</c>): per signed-in subject, per host instance.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    public int WritesPerMinute { get; set; } = 120;
}

/// <summary>
/// A token bucket per subject for write routes, so one account cannot flood registries, applications or tickets.
/// It is per instance: with several Functions instances the effective limit scales with them.
/// </summary>
public sealed class WriteRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(subject =>
        RateLimitPartition.GetTokenBucketLimiter(subject, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.WritesPerMinute,
            TokensPerPeriod = options.Value.WritesPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when the subject may write now.</summary>
    public bool TryAcquire(string subject)
    {
        using var lease = _limiter.AttemptAcquire(subject);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
