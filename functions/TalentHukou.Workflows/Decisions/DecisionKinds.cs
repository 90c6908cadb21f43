using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Decisions;

/// <summary>
/// The business decisions the service takes, the role a decider acts in for each (null: anyone signed in), and the
/// application stages at which each is taken.
/// </summary>
public static class DecisionKinds
{
    public const string UnitReview = "unit-review";
    public const string HrssReview = "hrss-review";
    public const string ObjectionFiled = "objection-filed";
    public const string ObjectionResolution = "objection-resolution";
    public const string CardIssue = "card-issue";
    public const string CardGenerate = "card-generate";
    public const string RegistryDecision = "registry-decision";
    public const string Withdrawal = "withdrawal";

    /// <summary>退回补正: taken by whoever may take the review it replaces (see <see cref="ReturnRole"/>).</summary>
    public const string Return = "return";

    /// <summary>The applicant's correction of a returned application.</summary>
    public const string Correction = "correction";

    public static string? RequiredRole(string kind) => kind switch
    {
        UnitReview => "unit-admin",
        HrssReview or ObjectionResolution => "reviewer",
        CardIssue => "drc",
        CardGenerate or Withdrawal or Correction => "applicant",
        RegistryDecision => "registry-admin",
        _ => null,
    };

    /// <summary>The stages an application is at when a decision of <paramref name="kind"/> is taken on it.</summary>
    public static IReadOnlyList<ApplicationStage> Stages(string kind) => kind switch
    {
        UnitReview => [ApplicationStage.UnitReview],
        HrssReview => [ApplicationStage.HrssReview],
        Return => [ApplicationStage.UnitReview, ApplicationStage.HrssReview],
        Correction => [ApplicationStage.Returned],
        ObjectionFiled or ObjectionResolution => [ApplicationStage.Publicity, ApplicationStage.ObjectionReview],
        CardIssue or CardGenerate => [ApplicationStage.AwaitingCard],
        // Withdrawn only while a person, not the card saga, is awaited.
        Withdrawal => [ApplicationStage.UnitReview, ApplicationStage.HrssReview, ApplicationStage.Publicity,
            ApplicationStage.ObjectionReview, ApplicationStage.AwaitingCard, ApplicationStage.Returned],
        _ => [],
    };

    /// <summary>
    /// The role a return is taken in at <paramref name="stage"/>: the role of the review it replaces.
    /// </summary>
    public static string? ReturnRole(ApplicationStage stage) => stage switch
    {
        ApplicationStage.UnitReview => RequiredRole(UnitReview),
        ApplicationStage.HrssReview => RequiredRole(HrssReview),
        _ => null,
    };
}

/// <summary>Who takes a decision: the authenticated subject and the role they act in.</summary>
public sealed record DecisionActor(string Subject, string Role);
