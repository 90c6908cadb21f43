using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Retention;

/// <summary>How long ended orchestration instances and their history are kept (<c>Retention:*</c>).</summary>
public sealed class RetentionOptions : ISelfValidatingOptions
{
    public const string SectionName = "Retention";

    /// <summary>Completed, failed and terminated instances older than this are purged (<c>Retention:CompletedInstances</c>).</summary>
    public TimeSpan CompletedInstances { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention job looks for instances to purge (<c>Retention:CheckInterval</c>).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(6);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (CompletedInstances <= TimeSpan.Zero) yield return "Retention:CompletedInstances must be positive.";
        if (CheckInterval <= TimeSpan.Zero) yield return "Retention:CheckInterval must be positive.";
    }
}
