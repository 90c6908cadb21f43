using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Deadlines;

namespace TalentHukou.Workflows.Support.Activities;

/// <summary>
/// A ticket round's SLA moved by a holiday notice (<see cref="MoveStaffDueBy"/>): a reply, a new round or an escalation
/// meanwhile keeps what the ticket has.
/// </summary>
public sealed class MoveTicketDueBy(SupportTicketStore tickets) : MoveStaffDueBy
{
    protected override async Task<bool> MoveAsync(string recordId, DeadlineMove move) =>
        await tickets.UpdateAsync(recordId,
            t => StillWaits(t.Status == TicketStatus.Open, t.EscalatedAt, t.DueBy, move)
                ? t with { DueBy = move.To }
                : null,
            CancellationToken.None) is not null;
}
