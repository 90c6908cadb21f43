using TalentHukou.Domain.Time;

namespace TalentHukou.Domain.Calendar;

/// <summary>
/// A working-day deadline a process waits for: <see cref="WorkingDays"/> counted from <see cref="From"/> (business
/// time), due at <see cref="DueBy"/>, computed under calendar <see cref="CalendarVersion"/>. <see cref="Announced"/> is
/// the due time the person was told (a deadline given to a person never moves before it).
/// </summary>
public sealed record ArmedDeadline(
    string Kind, DateTimeOffset From, int WorkingDays, DateTimeOffset DueBy, string CalendarVersion)
{
    public DateTimeOffset Announced { get; init; } = DueBy;

    public bool IsPeriod => Kind == DeadlineKinds.Publicity;

    /// <summary>
    /// Whether a notice for <paramref name="year"/> can change the count: its days (the day after From to DueBy's day)
    /// meet the year or its previous December, which notices reach back to.
    /// </summary>
    public bool CountsDaysIn(int year) =>
        ChinaTime.DateOf(From).AddDays(1) <= new DateOnly(year, 12, 31)
        && ChinaTime.DateOf(DueBy) >= new DateOnly(year - 1, 12, 1);
}

/// <summary>The deadlines a process arms, and whom each binds.</summary>
public static class DeadlineKinds
{
    /// <summary>The end of the 5-working-day publicity (公示): objections may come until then.</summary>
    public const string Publicity = "publicity";

    /// <summary>The correction deadline (补正期限) of a returned application.</summary>
    public const string Correction = "correction";

    /// <summary>The escalation deadline of a unit or HRSS review.</summary>
    public const string ReviewSla = "review-sla";

    /// <summary>The 1-working-day SLA of a registry request, past which it is escalated.</summary>
    public const string RegistrySla = "registry-sla";

    /// <summary>The 3-working-day SLA of a support ticket's round (its reminder comes a set time before).</summary>
    public const string TicketSla = "ticket-sla";

    /// <summary>
    /// A deadline given to a person (publicity end, correction) only ever moves later; staff SLAs both ways.
    /// </summary>
    public static bool BindsPerson(string kind) => kind is Publicity or Correction;
}
