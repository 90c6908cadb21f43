namespace TalentHukou.Workflows.Privacy;

/// <summary>What a key rotation walks: applications first, then support tickets.</summary>
public enum KeyRotationPhase
{
    Applications,
    Tickets,
}

/// <summary>
/// The state of a key rotation, carried from round to round (<c>ContinueAsNew</c>): the key everything moves to, where
/// the walk stands, and what it has done so far. Ids and counts only.
/// </summary>
public sealed record KeyRotationInput(
    string KeyId, KeyRotationPhase Phase = KeyRotationPhase.Applications, string? ContinuationToken = null,
    int ApplicationsExamined = 0, int ApplicationsChanged = 0, int TicketsExamined = 0, int TicketsChanged = 0);

/// <summary>One page for an activity to re-protect.</summary>
public sealed record KeyRotationPage(string KeyId, string? ContinuationToken, int PageSize);

/// <summary>
/// What one page did. <c>KeyChanged</c>: the host's current key is no longer the rotation's (configuration changed
/// meanwhile), so the page was left alone.
/// </summary>
public sealed record KeyRotationPageResult(
    int Examined,
    int Changed,
    string? ContinuationToken,
    bool KeyChanged = false);

/// <summary>
/// How a rotation ended: <c>completed</c>, or <c>key-changed</c> when the current key moved on under it.
/// </summary>
public sealed record KeyRotationResult(
    string KeyId,
    string Outcome,
    int ApplicationsExamined,
    int ApplicationsChanged,
    int TicketsExamined,
    int TicketsChanged);
