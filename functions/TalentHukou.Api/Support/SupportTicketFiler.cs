using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Support;
using TalentHukou.Workflows.Support.Orchestrations;
using TalentHukou.Workflows.Time;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Adapters.Time;

namespace TalentHukou.Api.Support;

/// <summary>
/// Files a ticket: the row first, then its SLA orchestration; if scheduling fails the row is removed again, so a
/// ticket never exists without the process that watches its deadline.
/// </summary>
public sealed class SupportTicketFiler(SupportTicketStore store, BusinessClock clock, TimeProvider time, IOptions<SupportOptions> options)
{
    public async Task<SupportTicket> FileAsync(
        DurableTaskClient durable, string author, TicketCategory category, string description, TicketContact contact, string screenshotId, CancellationToken ct)
    {
        var filedAt = clock.UtcNow;
        var ticket = new SupportTicket(
            TableKeys.SortableId("TK", time.GetUtcNow()), author, category, TicketStatus.Open, description, contact, screenshotId,
            filedAt, DueBy(filedAt));
        await store.AddAsync(ticket, ct);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(TicketSlaOrchestrator), SlaInput(ticket), new StartOrchestrationOptions(TicketSlaOrchestrator.InstanceIdFor(ticket.TicketId)), ct);
        }
        catch
        {
            await store.DeleteAsync(ticket.TicketId, CancellationToken.None);
            throw;
        }
        return ticket;
    }

    /// <summary>A ticket filed or reopened at <paramref name="at"/> is answered within 3 working days.</summary>
    public DateTimeOffset DueBy(DateTimeOffset at) => clock.Deadlines.DueBy(at, SupportOptions.SlaWorkingDays);

    /// <summary>When support is reminded of an unanswered ticket: the configured time before its deadline.</summary>
    public DateTimeOffset RemindAt(DateTimeOffset dueBy) => dueBy - options.Value.ReminderBeforeDue;

    private TicketSlaInput SlaInput(SupportTicket t) => new(
        t.TicketId, clock.Anchor, t.Round, t.DueBy, RemindAt(t.DueBy), t.Contact.Email, t.Contact.MaskedName,
        WireEnum<TicketCategory>.Name(t.Category), options.Value.TeamEmail);
}
