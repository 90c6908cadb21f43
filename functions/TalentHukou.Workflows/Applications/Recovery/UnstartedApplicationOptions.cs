using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Recovery;

/// <summary>
/// The unstarted-application sweep (section <c>Applications:Unstarted</c>). How long an application must have been
/// unstarted before the sweep starts it is <c>Idempotency:PendingTimeout</c>, the time after which a silent first try
/// counts as dead everywhere else too.
/// </summary>
public sealed class UnstartedApplicationOptions
{
    public const string SectionName = "Applications:Unstarted";

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
