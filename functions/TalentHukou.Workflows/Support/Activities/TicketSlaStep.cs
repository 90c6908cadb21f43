using TalentHukou.Adapters.Support;

namespace TalentHukou.Workflows.Support.Activities;

/// <summary>A reminder or escalation of one SLA round of a ticket, at business time <see cref="At"/>.</summary>
public sealed record TicketSlaStep(string TicketId, int Round, DateTimeOffset DueBy, DateTimeOffset At);
