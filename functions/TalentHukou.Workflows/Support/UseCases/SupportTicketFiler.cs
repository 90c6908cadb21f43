using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Support.Orchestrations;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Support.UseCases;

/// <summary>
/// Files a ticket: stored and its SLA orchestration started through <see cref="StoredProcessLauncher"/>, so a ticket
/// never exists without the process that watches its deadline (a lost start is recovered by the sweep).
/// </summary>
public sealed class SupportTicketFiler(
    SupportTicketStore store, BusinessClock clock, TimeProvider time, IOptions<SupportOptions> options,
    StoredProcessLauncher launcher) : IStoredProcess
{
    public string Kind => "support-ticket";

    public async Task<SupportTicket> FileAsync(
        DurableTaskClient durable, string author, TicketCategory category, string description, TicketContact contact,
        string screenshotId, CancellationToken ct)
    {
        var filedAt = clock.UtcNow;
        var ticket = new SupportTicket(
            TableKeys.SortableId("TK", time.GetUtcNow()), author, category, TicketStatus.Open, description, contact,
            screenshotId, filedAt, DueBy(filedAt));
        await launcher.LaunchAsync(durable, new StoredLaunch(Kind, ticket.TicketId, null,
            c => store.AddAsync(ticket, c),
            c => StartAsync(durable, ticket, c),
            c => store.DeleteAsync(ticket.TicketId, c)), ct);
        return ticket;
    }

    public async Task<ProcessStart> StartStoredAsync(DurableTaskClient durable, string id, CancellationToken ct) =>
        await StoredProcesses.StartFoundAsync(await store.GetAsync(id, ct), t => StartAsync(durable, t, ct));

    public Task ForgetNeverStoredAsync(string id, string? tag, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A ticket filed or reopened at <paramref name="at"/> is answered within 3 working days.</summary>
    public DateTimeOffset DueBy(DateTimeOffset at) => clock.Deadlines.DueBy(at, SupportOptions.SlaWorkingDays);

    /// <summary>When support is reminded of an unanswered ticket: the configured time before its deadline.</summary>
    public DateTimeOffset RemindAt(DateTimeOffset dueBy) => dueBy - options.Value.ReminderBeforeDue;

    private Task<bool> StartAsync(DurableTaskClient durable, SupportTicket ticket, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(TicketSlaOrchestrator), SlaInput(ticket),
            TicketSlaOrchestrator.InstanceIdFor(ticket.TicketId), replaceEnded: false, ct);

    /// <summary>
    /// The SLA of a round opened at <paramref name="at"/> due at <paramref name="dueBy"/>, as a holiday notice
    /// recomputes it (ADR 0022).
    /// </summary>
    public ArmedDeadline Sla(DateTimeOffset at, DateTimeOffset dueBy) =>
        new(DeadlineKinds.TicketSla, at, SupportOptions.SlaWorkingDays, dueBy, clock.Calendar.Version);

    // A reopened round's start is not stored: a round restarted from the record alone keeps its fixed timers.
    private TicketSlaInput SlaInput(SupportTicket t) => new(
        t.TicketId, clock.Anchor, t.Round, t.DueBy, RemindAt(t.DueBy), WireEnum<TicketCategory>.Name(t.Category))
    {
        Sla = t.Round == 0 ? Sla(t.FiledAt, t.DueBy) : null,
    };
}
