namespace TalentHukou.Domain.Applications;

/// <summary>
/// Where an application stands (wire names kebab-case: <c>unit-review</c> … <c>psb-synced</c>). Manual path:
/// unit-review? → hrss-review → publicity → objection-review? → awaiting-card → card-issuing → card-issued →
/// psb-synced. Smart path skips hrss-review. Terminal: rejected, withdrawn, closed (by ops); psb-reconciliation while
/// the public-security record is repaired; returned (退回补正) while a unit or HRSS review waits for the applicant's
/// correction. New stages go last: records store the number.
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

    /// <summary>Closed by ops (an ops terminate of its process): terminal, reason <c>closed-by-ops</c>.</summary>
    Closed,
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
    public static bool IsClosed(ApplicationStage stage) =>
        stage is ApplicationStage.Rejected or ApplicationStage.Withdrawn or ApplicationStage.Closed;

    /// <summary>The card was delivered: card-issued, psb-synced or psb-reconciliation.</summary>
    public static bool HasCard(ApplicationStage stage) =>
        stage is ApplicationStage.CardIssued or ApplicationStage.PsbSynced or ApplicationStage.PsbReconciliation;

    /// <summary>
    /// Nothing may take the case back: closed (rejected, withdrawn, closed by ops) or its card delivered. Only the
    /// public-security sync still moves a delivered card's stage, among <see cref="HasCard"/> stages.
    /// </summary>
    public static bool IsTerminal(ApplicationStage stage) => IsClosed(stage) || HasCard(stage);

    /// <summary>Whether a step may move a record at <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool MayMove(ApplicationStage from, ApplicationStage to) =>
        from == to || (!IsClosed(from) && (!HasCard(from) || HasCard(to)));

    public static bool AcceptsObjections(ApplicationStage stage) =>
        stage is ApplicationStage.Publicity or ApplicationStage.ObjectionReview;

    /// <summary>The timeline event that closes the publicity: no objection is stored on the record after it.</summary>
    public const string PublicityEnded = "publicity-ended";

    /// <summary>
    /// Whether an objection may still be stored on <paramref name="record"/>: at a publicity stage and before the
    /// process closed the publicity (it closes it only while no stored objection is unseen, in one update).
    /// </summary>
    public static bool TakesObjections(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return AcceptsObjections(record.Stage) && !record.Timeline.Any(t => t.Event == PublicityEnded);
    }
}
