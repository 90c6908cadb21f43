using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Workflows.Registry.Activities;

/// <summary>
/// A registry request's SLA moved by a holiday notice (<see cref="MoveStaffDueBy"/>). The request keeps no history:
/// the move shows as the new due time.
/// </summary>
public sealed class MoveRegistryDueBy(RegistryRequestStore requests) : MoveStaffDueBy
{
    protected override async Task<bool> MoveAsync(string recordId, DeadlineMove move)
    {
        var request = await requests.GetAsync(recordId, CancellationToken.None);
        if (request is null || !StillWaits(request.Status == RegistryRequestStatus.Pending, request.EscalatedAt,
                request.DueBy, move)) return false;
        await requests.ReplaceAsync(request with { DueBy = move.To }, CancellationToken.None);
        return true;
    }
}
