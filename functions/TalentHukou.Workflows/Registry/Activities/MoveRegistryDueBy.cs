using Microsoft.DurableTask;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Workflows.Registry.Activities;

/// <summary>
/// Stores a registry request's SLA moved by a holiday notice (ADR 0022) as its <c>dueBy</c>; a request decided or
/// escalated meanwhile keeps what it has. The request keeps no history: the move shows as the new due time.
/// </summary>
public sealed class MoveRegistryDueBy(RegistryRequestStore requests) : TaskActivity<StaffDeadlineMoved, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StaffDeadlineMoved input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await requests.GetAsync(input.RecordId, CancellationToken.None);
        if (request is not { Status: RegistryRequestStatus.Pending, EscalatedAt: null }) return false;
        await requests.ReplaceAsync(request with { DueBy = input.Move.To }, CancellationToken.None);
        return true;
    }
}
