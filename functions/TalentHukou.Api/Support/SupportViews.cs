using System.ComponentModel;
using TalentHukou.Adapters.Support;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Support;

namespace TalentHukou.Api.Support;

/// <summary>
/// A ticket as its author and support see it: personal data masked, the SLA state (<c>dueBy</c>, <c>overdue</c>, when
/// support was reminded and when it escalated) and the thread (<c>replies</c>: support's replies and the author's
/// follow-ups, oldest first).
/// </summary>
[Description("技术支持工单。A support ticket with its replies; personal data masked.")]
public sealed record TicketView(
    string TicketId,
    [WireValues(typeof(TicketStatus))] string Status,
    [WireValues(typeof(TicketCategory))] string Category,
    string Description, string Name, string IdNumber, string Phone, string Email,
    DateTimeOffset FiledAt, DateTimeOffset DueBy, bool Overdue, int Round,
    DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? ClosedAt,
    string ScreenshotUrl, IReadOnlyList<TicketMessageView>? Replies)
{
    /// <summary>The ticket passed its deadline and support was alerted.</summary>
    public bool Escalated => EscalatedAt is not null;

    /// <summary>True when <see cref="DueBy"/> counts days in a year without a holiday notice (provisional).</summary>
    public bool? DueByProvisional { get; init; }

    /// <summary>
    /// The view at <paramref name="businessNow"/>. A follow-up restarts the SLA, so the round's count is judged from
    /// its deadline's year (an SLA of a few working days never counts back across two years).
    /// </summary>
    public static TicketView From(
        SupportTicket t, DateTimeOffset businessNow, WorkingDayCalendar calendar,
        IReadOnlyList<TicketMessage>? messages) =>
        new(
        t.TicketId, WireEnum<TicketStatus>.Name(t.Status), WireEnum<TicketCategory>.Name(t.Category), t.Description,
        t.Contact.MaskedName, t.Contact.MaskedIdNumber, t.Contact.MaskedPhone, t.Contact.Email,
        t.FiledAt, t.DueBy, t.IsOverdueAt(businessNow), t.Round, t.RemindedAt, t.EscalatedAt, t.AnsweredAt, t.ClosedAt,
        $"/api/support/tickets/{t.TicketId}/screenshot",
        messages?.Select(m => new TicketMessageView(m.MessageId, m.From, m.Text, m.At)).ToList())
        {
            DueByProvisional = calendar.IsProvisional(t.Round == 1 ? t.FiledAt : t.DueBy, t.DueBy) ? true : null,
        };
}

/// <summary>One message of the thread: <c>from</c> is <c>support</c> or <c>author</c>.</summary>
[Description("工单消息。One message of a ticket's thread, from support or the author.")]
public sealed record TicketMessageView(string MessageId,
    [WireValues(typeof(TicketMessage), Schema = "TicketMessageSender")] string From,
    string Message, DateTimeOffset At);

/// <summary>The 202 answer to a new ticket.</summary>
[Description("工单已受理。The 202 answer to a new ticket.")]
public sealed record TicketAccepted(string TicketId,
    [WireValues(typeof(TicketStatus))] string Status, DateTimeOffset DueBy)
{
    /// <summary>True when <see cref="DueBy"/> counts days in a year without a holiday notice (provisional).</summary>
    public bool? DueByProvisional { get; init; }
}

/// <summary>One page of the support queue (without threads).</summary>
[Description("工单队列（分页）。One page of tickets with counts by status.")]
public sealed record TicketQueuePage(IReadOnlyList<TicketView> Items, string? ContinuationToken)
{
    /// <summary>Support's queue: tickets by status (wire names), for badges; absent on a person's own list.</summary>
    public IReadOnlyDictionary<string, int>? Counts { get; init; }
}

/// <summary>Support's reply; <c>close</c> (default false) closes the ticket.</summary>
[Description("客服回复。Support's reply, optionally closing the ticket.")]
public sealed record TicketReplyBody(
    [TextField(1, 4000)]
    string? Message,
    [OptionalField] bool? Close);

/// <summary>The author's follow-up message.</summary>
[Description("追问。The author's follow-up message.")]
public sealed record TicketFollowUpBody(
    [TextField(1, 4000)]
    string? Message);
