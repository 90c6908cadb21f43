using Microsoft.DurableTask;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Workflows.Support.Activities;

/// <summary>
/// Stores a ticket round's SLA moved by a holiday notice (ADR 0022) as its <c>dueBy</c>, only while the ticket is
/// still open at the deadline the move starts from (a reply, a new round or an escalation meanwhile keeps it).
/// </summary>
public sealed class MoveTicketDueBy(SupportTicketStore tickets) : TaskActivity<StaffDeadlineMoved, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StaffDeadlineMoved input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var moved = await tickets.UpdateAsync(input.RecordId,
            t => t is { Status: TicketStatus.Open, EscalatedAt: null } && t.DueBy == input.Move.From
                ? t with { DueBy = input.Move.To }
                : null,
            CancellationToken.None);
        return moved is not null;
    }
}
