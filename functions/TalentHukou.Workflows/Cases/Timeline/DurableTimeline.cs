using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// Turns an instance's history into timeline entries an operator reads: an activity with its duration and attempt,
/// a timer with its due time, an event received, a sub-orchestration, the start and the end with its failure. The
/// replay bookkeeping (orchestrator started and completed) is left out.
/// </summary>
public static class DurableTimeline
{
    public static IReadOnlyList<CaseTimelineEntry> From(string instanceId, IReadOnlyList<HistoryItem> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var events = history.Select(h => (Item: h, Json: Parse(h.Detail))).ToList();
        var closings = events.Where(e => TaskIdOf(e.Json) is not null).ToLookup(e => TaskIdOf(e.Json)!.Value);
        var attempts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<CaseTimelineEntry>();
        foreach (var (item, json) in events)
        {
            var at = At(item.Timestamp);
            var entry = Enum.TryParse<EventType>(item.EventType, out var type) ? type switch
            {
                EventType.ExecutionStarted => Entry(at, "开始 " + item.Name, "started", Fields(json, ("input", "Input"))),
                EventType.ExecutionCompleted => Ended(at, json),
                EventType.ExecutionTerminated =>
                    Entry(at, "终止 terminated", "terminated", Fields(json, ("reason", "Input"))),
                EventType.ExecutionSuspended =>
                    Entry(at, "暂停 suspended", "suspended", Fields(json, ("reason", "Reason"))),
                EventType.ExecutionResumed => Entry(at, "恢复 resumed", "resumed", Fields(json, ("reason", "Reason"))),
                EventType.TaskScheduled => TaskEntry(at, item.Name ?? "activity", json, closings, attempts),
                EventType.SubOrchestrationInstanceCreated =>
                    TaskEntry(at, "子流程 " + item.Name, json, closings, attempts),
                EventType.TimerCreated => Timer(at, json, closings),
                EventType.EventRaised => Entry(at, "收到事件 " + item.Name, "received", Fields(json, ("input", "Input"))),
                _ => null,
            } : null;
            if (entry is not null) entries.Add(entry with { InstanceId = instanceId });
        }
        return entries;
    }

    private static CaseTimelineEntry TaskEntry(
        DateTimeOffset at, string name, JsonElement json, ILookup<int, (HistoryItem Item, JsonElement Json)> closings,
        Dictionary<string, int> attempts)
    {
        var attempt = attempts[name] = attempts.GetValueOrDefault(name) + 1;
        var fields = Fields(json, ("input", "Input"), ("instanceId", "InstanceId"));
        if (attempt > 1) fields["attempt"] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var closing = closings[EventIdOf(json)].FirstOrDefault();
        if (closing.Item is null) return Entry(at, name, "running", fields);
        var failed = closing.Item.EventType
            is nameof(EventType.TaskFailed) or nameof(EventType.SubOrchestrationInstanceFailed);
        foreach (var pair in failed ? Failure(closing.Json) : Fields(closing.Json, ("result", "Result")))
            fields[pair.Key] = pair.Value;
        return Entry(at, name, failed ? "failed" : "completed", fields) with
        {
            DurationMs = Duration(at, closing.Item),
        };
    }

    private static CaseTimelineEntry Timer(
        DateTimeOffset at, JsonElement json, ILookup<int, (HistoryItem Item, JsonElement Json)> closings)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.TryGetProperty("FireAt", out var fireAt) && fireAt.TryGetDateTime(out var due))
            fields["dueAt"] = At(due).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var fired = closings[EventIdOf(json)].FirstOrDefault(c => c.Item.EventType == nameof(EventType.TimerFired));
        var entry = Entry(at, "定时器 timer", fired.Item is null ? "waiting" : "fired", fields);
        return fired.Item is null ? entry : entry with { DurationMs = Duration(at, fired.Item) };
    }

    private static CaseTimelineEntry Ended(DateTimeOffset at, JsonElement json)
    {
        var status = json.TryGetProperty("OrchestrationStatus", out var s) && s.ValueKind == JsonValueKind.Number
            ? ((OrchestrationStatus)s.GetInt32()).ToString()
            : s.ValueKind == JsonValueKind.String ? s.GetString()! : "Completed";
        var fields = status == nameof(OrchestrationStatus.Failed) ? Failure(json) : Fields(json, ("result", "Result"));
        return Entry(at, "结束 ended", status.ToLowerInvariant(), fields);
    }

    private static Dictionary<string, string> Failure(JsonElement json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.TryGetProperty("FailureDetails", out var details) && details.ValueKind == JsonValueKind.Object)
        {
            if (details.TryGetProperty("ErrorType", out var type)) fields["errorType"] = type.ToString();
            if (details.TryGetProperty("ErrorMessage", out var message))
                fields["error"] = PersonalDataScrubber.Scrub(message.ToString());
        }
        else if (json.TryGetProperty("Reason", out var reason) && reason.ValueKind == JsonValueKind.String)
        {
            fields["error"] = PersonalDataScrubber.Scrub(reason.GetString());
        }
        return fields;
    }

    private static Dictionary<string, string> Fields(
        JsonElement json, params (string Name, string Property)[] properties)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
            if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var value))
                PayloadFields.AddTo(fields, name, value);
        return fields;
    }

    private static CaseTimelineEntry Entry(
        DateTimeOffset at, string name, string status, IReadOnlyDictionary<string, string> detail) =>
        new(at, CaseTimelineEntry.Durable, name, status, detail);

    private static long Duration(DateTimeOffset start, HistoryItem end) =>
        Math.Max(0, (long)(At(end.Timestamp) - start).TotalMilliseconds);

    private static int EventIdOf(JsonElement json) =>
        json.TryGetProperty("EventId", out var id) && id.TryGetInt32(out var n) ? n : -1;

    /// <summary>The id of the event a closing event answers (a task's completion or failure, a timer firing).</summary>
    private static int? TaskIdOf(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && (json.TryGetProperty("TaskScheduledId", out var id) || json.TryGetProperty("TimerId", out id))
        && id.TryGetInt32(out var n)
            ? n : null;

    private static DateTimeOffset At(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static JsonElement Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
