using System.Text.Json;
using DurableTask.Core.History;
using Newtonsoft.Json.Linq;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// One recorded instance: its name, stamped version (empty before versions were stamped) and its history as the
/// task hub returned it (<c>IOrchestrationServiceClient.GetOrchestrationHistoryAsync</c>, DurableTask.Core events).
/// </summary>
public sealed record ReplayFixture(
    string Set, string Case, string InstanceId, string Name, string Version, string RuntimeStatus,
    IReadOnlyList<HistoryEvent> History)
{
    /// <summary>Reads <c>Fixtures/{set}/{case}.json</c> (copied next to the test assembly).</summary>
    public static ReplayFixture Load(string set, string @case)
    {
        var path = Path.Combine(Folder(), set, @case + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var history = JArray.Parse(root.GetProperty("history").GetRawText()).Cast<JObject>().Select(ToCoreEvent);
        string Text(string name) => root.GetProperty(name).GetString()!;
        return new ReplayFixture(
            set, @case, Text("instanceId"), Text("name"), Text("version"), Text("runtimeStatus"), [.. history]);
    }

    /// <summary>Every recorded set (a folder per release).</summary>
    public static IEnumerable<string> Sets() =>
        Directory.GetDirectories(Folder()).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Every case of a set, by name.</summary>
    public static IEnumerable<string> CasesOf(string set) =>
        Directory.GetFiles(Path.Combine(Folder(), set), "*.json")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static string Folder() => Path.Combine(AppContext.BaseDirectory, "Replay", "Fixtures");

    /// <summary>The task hub writes events without type names: the <c>EventType</c> number names the class.</summary>
    private static HistoryEvent ToCoreEvent(JObject json)
    {
        var type = (EventType)json.Value<int>("EventType");
        var clr = typeof(HistoryEvent).Assembly.GetType($"DurableTask.Core.History.{type}Event")
            ?? throw new InvalidDataException($"Unknown history event type {type}.");
        return (HistoryEvent)json.ToObject(clr)!;
    }
}
