using TalentHukou.Domain.Applications;

namespace TalentHukou.Adapters.Applications;

/// <summary>
/// What a list index row carries for the work queues: stage, the waiting step's due time, escalation, office.
/// </summary>
public sealed record ApplicationQueueRow(
    string ApplicationId,
    ApplicationStage Stage,
    DateTimeOffset? DueBy,
    bool Escalated,
    string? Scope)
{
    public static ApplicationQueueRow Of(ApplicationRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.ApplicationId, r.Stage, r.Waiting?.DueBy, r.IsEscalated, r.Route.Scope);
    }
}
