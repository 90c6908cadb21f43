using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// The unstarted-process sweep (section <c>Processes:Unstarted</c>). How long a thing must have been unstarted before
/// the sweep starts it is <c>Idempotency:PendingTimeout</c>, the time after which a silent first try counts as dead
/// everywhere else too.
/// </summary>
public sealed class UnstartedProcessOptions : ISelfValidatingOptions
{
    public const string SectionName = "Processes:Unstarted";

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (SweepInterval <= TimeSpan.Zero) yield return "Processes:Unstarted:SweepInterval must be positive.";
    }
}
