using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Support;
using TalentHukou.Workflows.Support.UseCases;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Support;

/// <summary>What a ticket's thread uses: the tickets and messages, deadlines, a log for missed updates.</summary>
public sealed record TicketConversationServices(
    SupportTicketStore Tickets, SupportTicketFiler Filer, BusinessClock Clock, TimeProvider Time,
    ILogger<TicketConversationServices> Logger);
