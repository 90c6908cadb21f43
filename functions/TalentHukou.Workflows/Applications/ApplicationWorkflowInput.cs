using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// What an application's orchestration needs to know up front (the rest it reads through activities).
/// </summary>
public sealed record ApplicationWorkflowInput(
    string ApplicationId,
    ApprovalMode Mode,
    bool NeedsUnitReview,
    ClockAnchor Clock,
    ApplicationPolicy Policy,
    ApplicationNotice Notice)
{
    /// <summary>
    /// Started by an ops restart or repair in place of an ended instance: the process reads the stored record first and
    /// goes on from where it stands instead of from submission.
    /// </summary>
    public bool Resume { get; init; }
}

/// <summary>Deadlines of the waiting steps (section <c>Applications</c>).</summary>
public sealed record ApplicationPolicy : ISelfValidatingOptions
{
    public const string SectionName = "Applications";

    /// <summary>Publicity lasts this many working days (seed Q6: 5).</summary>
    public int PublicityWorkingDays { get; init; } = 5;

    /// <summary>Unit and HRSS reviews, and the card office's issue, escalate after this many working days.</summary>
    public int ReviewEscalationWorkingDays { get; init; } = 5;

    /// <summary>A smart-path applicant who does not generate the card within this many days loses it.</summary>
    public int CardGenerationDays { get; init; } = 30;

    /// <summary>The reminder goes out this many days before the card generation deadline.</summary>
    public int CardReminderDaysBefore { get; init; } = 5;

    /// <summary>
    /// A returned application (退回补正) must be corrected within this many working days, else it is withdrawn.
    /// </summary>
    public int CorrectionWorkingDays { get; init; } = 5;

    /// <summary>An application is returned for correction at most this many times.</summary>
    public int MaxReturns { get; init; } = 3;

    /// <summary>
    /// Materials of an application withdrawn before review or rejected are deleted this many days after it closed.
    /// </summary>
    public int MaterialRetentionDays { get; init; } = 30;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (CorrectionWorkingDays is not (>= 1 and <= 30))
            yield return "Applications:CorrectionWorkingDays must be 1 to 30.";
        if (MaxReturns is not (>= 1 and <= 10)) yield return "Applications:MaxReturns must be 1 to 10.";
        if (MaterialRetentionDays is not (>= 1 and <= 3650))
            yield return "Applications:MaterialRetentionDays must be 1 to 3650.";
    }
}

/// <summary>
/// The routing facts the applicant's emails mention. Whom to write to is looked up by application id when an email is
/// queued, so no name or address travels in orchestration state.
/// </summary>
public sealed record ApplicationNotice(string ReviewLevel, string ReviewOffice, string EmployerName);
