using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Support;

namespace TalentHukou.Workflows.Support.Activities;

/// <summary>
/// Marks a ticket unanswered at its deadline as escalated (visible in the ticket and in ops metrics) and logs the
/// escalation.
/// </summary>
public sealed partial class EscalateTicket(SupportTicketStore tickets, ILogger<EscalateTicket> logger)
    : TaskActivity<TicketSlaStep, bool>
{
    public const int EscalationEventId = 6002;

    public override async Task<bool> RunAsync(TaskActivityContext context, TicketSlaStep input)
    {
        var escalated = await tickets.UpdateAsync(input.TicketId,
            t => t.Status == TicketStatus.Open && t.Round == input.Round && t.EscalatedAt is null
                ? t with { EscalatedAt = input.At }
                : null,
            CancellationToken.None);
        if (escalated is null) return false;
        LogEscalated(logger, input.TicketId, escalated.Category.ToString(), input.Round, input.DueBy);
        return true;
    }

    [LoggerMessage(EventId = EscalationEventId, Level = LogLevel.Warning,
        Message = "ESCALATION: support ticket {TicketId} ({Category}, round {Round}) was not answered by {DueBy:O}")]
    private static partial void LogEscalated(
        ILogger logger, string ticketId, string category, int round, DateTimeOffset dueBy);
}
