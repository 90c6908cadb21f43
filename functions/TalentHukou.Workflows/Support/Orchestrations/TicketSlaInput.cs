using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Support.Orchestrations;

/// <summary>
/// One round of a ticket's SLA: its deadline and reminder time (business time, mapped through <see cref="Clock"/>), and
/// what the notices need (the author's address and masked name, the support mailbox). Round 0 starts at filing.
/// </summary>
public sealed record TicketSlaInput(
    string TicketId, ClockAnchor Clock, int Round, DateTimeOffset DueBy, DateTimeOffset RemindAt, string Category)
{
    /// <summary>The round's SLA as armed (version 2 on): what a holiday notice recomputes.</summary>
    public ArmedDeadline? Sla { get; init; }
}

/// <summary>What happened to a ticket, as the API tells its orchestration.</summary>
public sealed record TicketUpdate(
    TicketUpdateKind Kind,
    string MessageId,
    bool Closed,
    int Round,
    DateTimeOffset? DueBy,
    DateTimeOffset? RemindAt)
{
    public static TicketUpdate Replied(string messageId, bool closed) =>
        new(TicketUpdateKind.Replied, messageId, closed, 0, null, null);

    public static TicketUpdate Reopened(string messageId, int round, DateTimeOffset dueBy, DateTimeOffset remindAt) =>
        new(TicketUpdateKind.Reopened, messageId, false, round, dueBy, remindAt);

    /// <summary>A reopened round's SLA as armed (see <see cref="TicketSlaInput.Sla"/>).</summary>
    public ArmedDeadline? Sla { get; init; }
}

/// <summary>
/// Support replied (maybe closing the ticket), or the author's follow-up reopened an answered ticket.
/// </summary>
public enum TicketUpdateKind
{
    Replied,
    Reopened,
}
