using System.Globalization;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// One timeline of a case: the business steps from its record, the durable events of every instance that belongs to
/// it, and its notices with their delivery status; oldest first, every field decoded and masked.
/// </summary>
public sealed class CaseTimelines(
    BusinessCases cases, ApplicationStore applications, RegistryRequestStore registry, SupportTicketStore tickets,
    CaseInstances instances, IInstanceHistorySource histories, CaseControls controls)
{
    public async Task<CaseTimelineView?> ReadAsync(
        DurableTaskClient durable, string kind, string id, CancellationToken ct)
    {
        if (await cases.FindAsync(kind, id, ct) is not { } found) return null;
        var entries = new List<CaseTimelineEntry>();
        var office = await AddBusinessAsync(entries, found, ct);
        var (ids, notices) = await instances.FindAsync(durable, found.Kind, found.Id, ct);
        foreach (var instanceId in ids)
            entries.AddRange(DurableTimeline.From(instanceId, await histories.GetAsync(durable, instanceId, ct)));
        entries.AddRange(notices.Select(Notice));
        var ordered = entries.OrderBy(e => e.At).ThenBy(e => e.Layer, StringComparer.Ordinal).ToList();
        return new CaseTimelineView(new CaseHeader(found.Kind, found.Id, found.Stage, office), ids, ordered)
        {
            Controls = await controls.ForAsync(durable, found.Kind, found.Id, ids, ct),
        };
    }

    /// <summary>Adds the record's steps; returns the office that handles the case, if any.</summary>
    private async Task<string?> AddBusinessAsync(
        List<CaseTimelineEntry> entries, BusinessCase found, CancellationToken ct)
    {
        switch (found.Kind)
        {
            case CaseKinds.Application when await applications.GetAsync(found.Id, ct) is { } stored:
                var record = stored.Record;
                entries.AddRange(record.Timeline.Select(t => Business(t.At, t.Event, t.Stage ?? "", ("stage", t.Stage),
                    ("note", t.Note), ("deadline", t.Moved?.Deadline), ("from", Instant(t.Moved?.From)),
                    ("to", Instant(t.Moved?.To)), ("reference", t.Moved?.Reference))));
                entries.AddRange(
                    record.Objections.Select(o => Business(o.FiledAt, "objection", o.Status, ("reason", o.Reason))));
                if (record.Card is { } card)
                    entries.Add(Business(card.IssuedAt, "card-issued", "issued",
                        ("cardNumber", card.Number), ("psbCheck", record.PsbCheck)));
                return record.Route.Scope;
            case CaseKinds.Registry when await registry.GetAsync(found.Id, ct) is { } request:
                entries.Add(Business(request.FiledAt, "filed", "pending",
                    ("type", request.Type.ToString()), ("subject", request.Subject)));
                if (request.EscalatedAt is { } escalated) entries.Add(Business(escalated, "escalated", "overdue"));
                if (request.DecidedAt is { } decided)
                    entries.Add(Business(decided, "decided", found.Stage, ("reason", request.Reason)));
                return null;
            case CaseKinds.Ticket when await tickets.GetAsync(found.Id, ct) is { } ticket:
                entries.Add(Business(ticket.FiledAt, "filed", "open",
                    ("category", ticket.Category.ToString()), ("round", Text(ticket.Round))));
                AddIf(entries, ticket.RemindedAt, "reminded");
                AddIf(entries, ticket.EscalatedAt, "escalated");
                AddIf(entries, ticket.AnsweredAt, "answered");
                AddIf(entries, ticket.ClosedAt, "closed");
                return null;
            default:
                return null;
        }
    }

    private static void AddIf(List<CaseTimelineEntry> entries, DateTimeOffset? at, string name)
    {
        if (at is { } when) entries.Add(Business(when, name, name));
    }

    private static CaseTimelineEntry Notice(OutboxEntry n)
    {
        var detail = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["channel"] = n.Channel,
            ["to"] = PersonalDataScrubber.Scrub(n.ToAddress),
            ["attempts"] = Text(n.Attempts),
        };
        if (n.SentAt is { } sent) detail["sentAt"] = sent.ToString("O", CultureInfo.InvariantCulture);
        if (n.LastError is { } error) detail["lastError"] = PersonalDataScrubber.Scrub(error);
        foreach (var (key, value) in n.Values)
            if (OpsFieldMasking.Show("values." + key, value) is { } shown) detail["values." + key] = shown;
        var status = n.Status == OutboxStatus.Sending ? OutboxStatus.Queued : n.Status;
        return new CaseTimelineEntry(n.QueuedAt, CaseTimelineEntry.Notice, n.Kind.ToString(), status, detail)
        {
            InstanceId = Notifications.Outbox.EmailDispatchOrchestrator.InstanceIdFor(n.RowKey),
        };
    }

    private static CaseTimelineEntry Business(
        DateTimeOffset at, string name, string status, params (string Key, string? Value)[] fields)
    {
        var detail = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
            if (!string.IsNullOrEmpty(value) && OpsFieldMasking.Show(key, value) is { } shown) detail[key] = shown;
        return new CaseTimelineEntry(at, CaseTimelineEntry.Business, name, status, detail);
    }

    private static string? Instant(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
