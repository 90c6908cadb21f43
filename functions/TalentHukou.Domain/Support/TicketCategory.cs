namespace TalentHukou.Domain.Support;

/// <summary>
/// What a support ticket is about (seed Q6–Q8). JSON names: <c>cannot-download-card</c>, <c>psb-check-fails</c>,
/// <c>registry</c>, <c>application</c>, <c>other</c>.
/// </summary>
public enum TicketCategory
{
    CannotDownloadCard,
    PsbCheckFails,
    Registry,
    Application,
    Other,
}

/// <summary>
/// Where a ticket stands: <c>open</c> waits for support's reply (the 3-working-day SLA runs), <c>answered</c> waits for
/// the author (a follow-up reopens it with a new SLA), <c>closed</c> is final.
/// </summary>
public enum TicketStatus
{
    Open,
    Answered,
    Closed,
}
