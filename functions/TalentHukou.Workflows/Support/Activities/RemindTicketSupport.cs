using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Support;

namespace TalentHukou.Workflows.Support.Activities;

/// <summary>
/// Records that support was reminded of a ticket still waiting for its reply; false when it no longer waits in this
/// round.
/// </summary>
public sealed partial class RemindTicketSupport(SupportTicketStore tickets, ILogger<RemindTicketSupport> logger)
    : TaskActivity<TicketSlaStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, TicketSlaStep input)
    {
        var reminded = await tickets.UpdateAsync(input.TicketId,
            t => t.Status == TicketStatus.Open && t.Round == input.Round && t.RemindedAt is null
                ? t with { RemindedAt = input.At }
                : null,
            CancellationToken.None);
        if (reminded is null) return false;
        LogReminded(logger, input.TicketId, input.Round, input.DueBy);
        return true;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Support ticket {TicketId} (round {Round}) is due by {DueBy:O} and unanswered; support reminded")]
    private static partial void LogReminded(ILogger logger, string ticketId, int round, DateTimeOffset dueBy);
}
