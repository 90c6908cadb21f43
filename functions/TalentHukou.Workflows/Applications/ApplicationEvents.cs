using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>External events an application's orchestration waits for; the HTTP routes raise them.</summary>
public static class ApplicationEvents
{
    public const string UnitReview = "unit-review";
    public const string HrssReview = "hrss-review";
    public const string Objection = "objection";
    public const string CardIssue = "card-issue";
    public const string CardGenerate = "card-generate";

    /// <summary>
    /// The applicant's correction after a return (退回补正). A return itself travels on the review event of the stage it
    /// returns from (<see cref="UnitReview"/>, <see cref="HrssReview"/>): the review step waits for either decision on
    /// one name.
    /// </summary>
    public const string Correction = "correction";

    /// <summary>
    /// The applicant withdraws; every wait before the card saga listens for it (one waiter for the whole run).
    /// </summary>
    public const string Withdraw = "withdraw";
}

/// <summary>The applicant's withdrawal (撤回申请).</summary>
public sealed record WithdrawalRequest(string By, string Reason);

/// <summary>A unit admin's or an HRSS reviewer's decision.</summary>
public sealed record ReviewDecision(bool Approve, string Reason, string By);

/// <summary>
/// An objection raised (<see cref="Resolution"/> null) or resolved. One event name carries both, so the publicity
/// step never has two waits open on different names (an abandoned wait would swallow the next event).
/// </summary>
public sealed record ObjectionSignal(string ObjectionId, ObjectionResolution? Resolution);

/// <summary>A reviewer's finding on an objection: upheld rejects the application.</summary>
public sealed record ObjectionResolution(bool Upheld, string Note, string By);

/// <summary>The card office's order to issue (manual path) or the applicant's e-signature (smart path).</summary>
public sealed record CardRequest(string By, string? SignedName);
