namespace TalentHukou.Workflows.Applications.Recovery;

/// <summary>The unstarted-application sweep (section <c>Applications:Unstarted</c>).</summary>
public sealed class UnstartedApplicationOptions
{
    public const string SectionName = "Applications:Unstarted";

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longer than any submission takes, so that a first try still starting its application is left alone.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMinutes(5);

    public UnstartedApplicationSweepInput ToInput() => new(SweepInterval, QuietPeriod);
}
