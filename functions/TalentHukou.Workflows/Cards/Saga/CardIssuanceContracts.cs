using TalentHukou.Adapters.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>The card-signing saga's name, called by the application orchestration as a sub-orchestration.</summary>
public static class CardSaga
{
    public const string OrchestratorName = "CardIssuanceOrchestrator";

    public static string InstanceIdFor(string applicationId, int attempt) => $"card-{applicationId}-{attempt}";
}

/// <summary>
/// Issue the card of an application whose publicity passed; <see cref="By"/> is the DRC staff member or the signing
/// applicant.
/// </summary>
public sealed record CardIssuanceInput(
    string ApplicationId,
    ApprovalMode Mode,
    string By,
    ClockAnchor Clock,
    int Attempt)
{
    /// <summary>The event key of the application's last email, which the saga's first email waits for.</summary>
    public string? NotifyAfter { get; init; }
}

/// <summary>
/// The saga's outcome. Issued: the card exists and <see cref="FinalStage"/> says how far the public-security sync got.
/// Not issued: everything the attempt wrote was compensated and <see cref="Reason"/> says why.
/// </summary>
public sealed record CardIssuanceResult(bool Issued, string? CardNumber, ApplicationStage FinalStage, string? Reason);
