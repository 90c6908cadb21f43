namespace TalentHukou.Adapters.Decisions;

/// <summary>
/// A business decision as stored before its orchestration hears of it: on what (<see cref="TargetId"/>, an application
/// or registry request id), of which kind, by whom (the authenticated subject and the role they decided in), when, and
/// the decision's own input as JSON (personal data masked).
/// </summary>
public sealed record DecisionRecord(
    string DecisionId,
    string TargetId,
    string Kind,
    string ActorSub,
    string ActorRole,
    DateTimeOffset At,
    string PayloadJson)
{
    /// <summary>The orchestration wait that acted on this decision; a decision acts once.</summary>
    public string? UsedFor { get; init; }
}

/// <summary>What claiming a decision for a wait found: the decision, or why it cannot be used.</summary>
public sealed record DecisionClaim(DecisionRecord? Decision, string? Refusal)
{
    public static DecisionClaim Refused(string why) => new(null, why);
}
