using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Workflows.Registry.Activities;

/// <summary>
/// A registry request's SLA moved by a holiday notice (<see cref="MoveStaffDueBy"/>). The request keeps no history:
/// the move shows as the new due time, written only over the row it was decided from (a decision or escalation
/// written meanwhile is read again, and keeps the request as it is).
/// </summary>
public sealed class MoveRegistryDueBy(RegistryRequestStore requests) : MoveStaffDueBy
{
    protected override async Task<bool> MoveAsync(string recordId, DeadlineMove move) =>
        await requests.UpdateAsync(recordId,
            r => StillWaits(r.Status == RegistryRequestStatus.Pending, r.EscalatedAt, r.DueBy, move)
                ? r with { DueBy = move.To }
                : null,
            CancellationToken.None) is not null;
}
