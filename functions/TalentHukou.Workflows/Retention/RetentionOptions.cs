using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Retention;

/// <summary>
/// How long ended orchestration instances with their history, and audit entries, are kept (<c>Retention:*</c>).
/// </summary>
public sealed class RetentionOptions : ISelfValidatingOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Completed, failed and terminated instances older than this are purged (<c>Retention:CompletedInstances</c>).
    /// </summary>
    public TimeSpan CompletedInstances { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention job looks for instances to purge (<c>Retention:CheckInterval</c>).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Audit entries older than this are purged, a month at a time (<c>Retention:AuditEntries</c>); never less than
    /// <see cref="AuditTrail.MinimumRetention"/> (网络安全法 article 21: at least six months).
    /// </summary>
    public TimeSpan AuditEntries { get; set; } = TimeSpan.FromDays(366);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (AuditEntries < AuditTrail.MinimumRetention)
            yield return $"Retention:AuditEntries must be at least {AuditTrail.MinimumRetention.TotalDays} days "
                + "(网络安全法 article 21: network logs are kept at least six months).";
        if (CompletedInstances <= TimeSpan.Zero) yield return "Retention:CompletedInstances must be positive.";
        if (CheckInterval <= TimeSpan.Zero) yield return "Retention:CheckInterval must be positive.";
    }
}
