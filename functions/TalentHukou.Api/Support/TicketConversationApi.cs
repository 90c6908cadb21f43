using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Support.Orchestrations;
using TalentHukou.Workflows.Support.UseCases;

namespace TalentHukou.Api.Support;

/// <summary>
/// A ticket's thread: support replies (optionally closing it), the author follows up (reopening an answered ticket with
/// a new 3-working-day deadline). The ticket row is the record; the SLA orchestration is told so it stops or restarts
/// its clock and mails the author.
/// </summary>
public static partial class TicketConversationApi
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(45);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("ReplySupportTicket", "POST", "support/tickets/{ticketId}/reply", Access.RolesOf(Roles.Support),
            Handle.With<TicketConversationServices>(Reply))
        {
            Idempotent = true,
            Doc = TicketConversationApiDocs.ReplySupportTicket,
        },
        new("AddSupportTicketFollowUp", "POST", "support/tickets/{ticketId}/follow-ups", Access.SignedIn,
            Handle.With<TicketConversationServices>(FollowUp))
        {
            Idempotent = true,
            Doc = TicketConversationApiDocs.AddSupportTicketFollowUp,
        },
    ];

    public static async Task<IResult> Reply(ApiRequest request, TicketConversationServices services)
    {
        var body = await request.ReadJsonAsync<TicketReplyBody>();
        var v = new BodyValidator();
        var text = v.Text<TicketReplyBody>("message", body.Message);
        if (!v.IsValid) return v.Problem();
        var close = body.Close ?? false;

        var now = services.Clock.UtcNow;
        var message = await AddMessageAsync(request, services, TicketMessage.FromSupport, text!, now,
            t => t with
            {
                Status = close ? TicketStatus.Closed : TicketStatus.Answered,
                AnsweredAt = now,
                ClosedAt = close ? now : null,
            });
        if (message.Result is not null) return message.Result;
        var update = TicketUpdate.Replied(message.MessageId!, close);
        await TellOrchestrationAsync(request, services, message.Ticket!.TicketId, update);
        return await AnswerAsync(request, services, message.Ticket, TypedResults.Ok);
    }

    public static async Task<IResult> FollowUp(ApiRequest request, TicketConversationServices services)
    {
        var body = await request.ReadJsonAsync<TicketFollowUpBody>();
        var v = new BodyValidator();
        var text = v.Text<TicketFollowUpBody>("message", body.Message);
        if (!v.IsValid) return v.Problem();

        var now = services.Clock.UtcNow;
        var filer = services.Filer;
        var message = await AddMessageAsync(request, services, TicketMessage.FromAuthor, text!, now,
            t => t.Status != TicketStatus.Answered ? t
                : t with
                {
                    Status = TicketStatus.Open,
                    Round = t.Round + 1,
                    DueBy = filer.DueBy(now),
                    RemindedAt = null,
                    EscalatedAt = null,
                });
        if (message.Result is not null) return message.Result;
        var ticket = message.Ticket!;
        if (ticket.Round != message.RoundBefore)
        {
            var remindAt = filer.RemindAt(ticket.DueBy);
            var update = TicketUpdate.Reopened(message.MessageId!, ticket.Round, ticket.DueBy, remindAt) with
            {
                Sla = filer.Sla(now, ticket.DueBy),
            };
            await TellOrchestrationAsync(request, services, ticket.TicketId, update);
        }
        return await AnswerAsync(
            request, services, ticket, view => TypedResults.Created(SupportTicketsApi.Location(ticket.TicketId), view));
    }

    /// <summary>
    /// Writes the message, then moves the ticket on with <paramref name="change"/> (refused when it is closed, and then
    /// the message is removed again). Only the author follows up and only support replies; anyone else cannot tell the
    /// ticket exists.
    /// </summary>
    private static async Task<MessageOutcome> AddMessageAsync(
        ApiRequest request, TicketConversationServices services, string from, string text, DateTimeOffset now,
        Func<SupportTicket, SupportTicket> change)
    {
        var store = services.Tickets;
        var ticket = await SupportTicketsApi.VisibleTicketAsync(request, store);
        if (ticket is null || (from == TicketMessage.FromAuthor && ticket.AuthorSub != request.Caller.Subject))
            return new(SupportTicketsApi.NotFound());
        if (ticket.Status == TicketStatus.Closed) return new(Closed(ticket));

        var messageId = TableKeys.SortableId("MS", services.Time.GetUtcNow());
        var message = new TicketMessage(messageId, ticket.TicketId, from, request.Caller.Subject, text, now);
        await store.AddMessageAsync(message, request.Aborted);
        var changed = await store.UpdateAsync(
            ticket.TicketId, t => t.Status == TicketStatus.Closed ? null : change(t), request.Aborted);
        if (changed is not null) return new(null, changed, message.MessageId, ticket.Round);
        await store.DeleteMessageAsync(ticket.TicketId, message.MessageId, CancellationToken.None);
        return new(Closed(ticket));
    }

    /// <summary>
    /// Best effort: the row already holds the change, and the orchestration's reminder and escalation check the row.
    /// </summary>
    private static async Task TellOrchestrationAsync(
        ApiRequest request, TicketConversationServices services, string ticketId, TicketUpdate update)
    {
        var instanceId = TicketSlaOrchestrator.InstanceIdFor(ticketId);
        if (!await request.Durable.RaiseWhenStartedAsync(
            instanceId, TicketSlaOrchestrator.UpdateEvent, update, StartWait, request.Aborted))
        {
            LogNotTold(services.Logger, ticketId, update.Kind.ToString());
        }
    }

    private static async Task<IResult> AnswerAsync(
        ApiRequest request, TicketConversationServices services, SupportTicket ticket, Func<TicketView, IResult> answer)
    {
        var messages = await services.Tickets.ListMessagesAsync(ticket.TicketId, request.Aborted);
        return answer(TicketView.From(ticket, services.Clock.UtcNow, services.Clock.Calendar, messages));
    }

    private static IResult Closed(SupportTicket ticket) =>
        Problems.Problems.Result(
            SupportProblems.TicketClosed,
            $"Ticket {ticket.TicketId} is closed; file a new ticket if the problem remains.");

    [LoggerMessage(
        EventId = 6010,
        Level = LogLevel.Error,
        Message = "Support ticket {TicketId}: the SLA orchestration could not be told of the {Update}; "
            + "the row holds it")]
    private static partial void LogNotTold(ILogger logger, string ticketId, string update);

    private sealed record MessageOutcome(
        IResult? Result, SupportTicket? Ticket = null, string? MessageId = null, int RoundBefore = 0);
}
