using System.ComponentModel;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Workflows.Durable;

/// <summary>Reads an orchestration instance's history for ops, with personal numbers masked.</summary>
public interface IInstanceHistorySource
{
    Task<IReadOnlyList<HistoryItem>> GetAsync(DurableTaskClient client, string instanceId, CancellationToken ct);
}

/// <summary>
/// One history event: when, what kind, the task it concerns, and its details: JSON with the envelope (ids, names,
/// times) as it is and every payload (input, result, reason, failure) masked field by field for ops.
/// </summary>
[Description("编排实例历史事件。One event of an orchestration's history, personal data masked.")]
public sealed record HistoryItem(
    [Description("事件时间。When the event was recorded (UTC).")]
    DateTime Timestamp,
    [WireValues(typeof(DurableTask.Core.History.EventType), AsDeclared = true, Schema = "HistoryEventType")]
    [Description("事件类型。The durable runtime's history event type (TaskScheduled, TimerFired, …).")]
    string EventType,
    [Description("名称。The orchestrator, activity, timer or event the history event concerns; null when none.")]
    string? Name,
    [Description("详情（脱敏）。The event as JSON: the envelope as it is, every payload masked field by field.")]
    string Detail)
{
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal)
    {
        "EventType", "EventId", "Name", "Timestamp", "IsPlayed", "TaskScheduledId", "TimerId", "FireAt",
        "OrchestrationStatus", "Version", "InstanceId", "ExecutionId", "OrchestrationInstance", "ParentInstance",
        "ScheduledStartTime",
    };

    public static HistoryItem FromJson(JsonElement e) => new(
        e.TryGetProperty("Timestamp", out var t) && t.TryGetDateTime(out var at) ? at : default,
        e.TryGetProperty("EventType", out var type) ? EventTypeName(type) : "",
        e.TryGetProperty("Name", out var name) ? name.ToString() : null,
        OpsJsonMasking.MaskEvent(e.GetRawText(), Envelope));

    /// <summary>The DTFx history event type's name (the storage JSON has its number).</summary>
    private static string EventTypeName(JsonElement type) =>
        type.ValueKind == JsonValueKind.Number
            ? ((DurableTask.Core.History.EventType)type.GetInt32()).ToString()
            : type.ToString();
}

/// <summary>History through the Durable Task client (what the Functions host offers).</summary>
public sealed class ClientInstanceHistorySource : IInstanceHistorySource
{
    public async Task<IReadOnlyList<HistoryItem>> GetAsync(
        DurableTaskClient client, string instanceId, CancellationToken ct)
    {
        var events = await client.GetOrchestrationHistoryAsync(instanceId, ct);
        return events.Select(e => HistoryItem.FromJson(JsonSerializer.SerializeToElement(e, e.GetType()))).ToList();
    }
}
