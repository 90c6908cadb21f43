namespace TalentHukou.Domain.Applications;

/// <summary>
/// Where an application stands (wire names kebab-case: <c>unit-review</c> … <c>psb-synced</c>). Manual path:
/// unit-review? → hrss-review → publicity → objection-review? → awaiting-card → card-issuing → card-issued → psb-synced.
/// Smart path skips hrss-review. Terminal: rejected, withdrawn; psb-reconciliation while the public-security record is repaired;
/// returned (退回补正) while a unit or HRSS review waits for the applicant's correction. New stages go last: records store
/// the number.
/// </summary>
public enum ApplicationStage
{
    UnitReview,
    HrssReview,
    Publicity,
    ObjectionReview,
    AwaitingCard,
    CardIssuing,
    CardIssued,
    PsbSynced,
    PsbReconciliation,
    Rejected,
    Withdrawn,
    Returned,
}

/// <summary>人工审批 (manual) or 智能审批 (smart) approval.</summary>
public enum ApprovalMode
{
    Manual,
    Smart,
}

/// <summary>The applicant's highest degree.</summary>
public enum Degree
{
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

/// <summary>Stage facts the workflow and the API share.</summary>
public static class ApplicationStages
{
    /// <summary>An application in a terminal stage no longer blocks its applicant's ID number.</summary>
    public static bool IsClosed(ApplicationStage stage) => stage is ApplicationStage.Rejected or ApplicationStage.Withdrawn;

    public static bool AcceptsObjections(ApplicationStage stage) => stage is ApplicationStage.Publicity or ApplicationStage.ObjectionReview;
}
