using Azure;
using TalentHukou.Domain.Support;

namespace TalentHukou.Adapters.Support;

/// <summary>
/// A technical support ticket (seed Q8: the support mailbox as a service). Personal data is kept masked, hashed or
/// encrypted (<see cref="TicketContact"/>); <see cref="Round"/> counts reopenings, each with its own SLA deadline.
/// </summary>
public sealed record SupportTicket(
    string TicketId,
    string AuthorSub,
    TicketCategory Category,
    TicketStatus Status,
    string Description,
    TicketContact Contact,
    string ScreenshotId,
    DateTimeOffset FiledAt,
    DateTimeOffset DueBy)
{
    public int Round { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The row's version, for optimistic concurrency.</summary>
    public ETag ETag { get; init; }

    /// <summary>
    /// Waiting for support past its deadline (escalated, or the deadline passed before the escalation ran).
    /// </summary>
    public bool IsOverdueAt(DateTimeOffset businessNow) =>
        Status == TicketStatus.Open && (EscalatedAt is not null || businessNow > DueBy);
}

/// <summary>
/// How to reach the author: masked for display, hashed for look-up, encrypted where support may need the value.
/// </summary>
public sealed record TicketContact(
    string MaskedName, string ProtectedName, string MaskedIdNumber, string IdNumberIndex, string MaskedPhone,
        string ProtectedPhone, string Email)
{
    /// <summary>Whether the author verified the phone (a confirmed <c>phoneVerificationId</c>): only then does SMS go
    /// to it.</summary>
    public bool PhoneVerified { get; init; }
}

/// <summary>One message in a ticket's thread: a reply by support or a follow-up by the author.</summary>
public sealed record TicketMessage(
    string MessageId,
    string TicketId,
    string From,
    string SenderSub,
    string Text,
    DateTimeOffset At)
{
    public const string FromSupport = "support";
    public const string FromAuthor = "author";
}
