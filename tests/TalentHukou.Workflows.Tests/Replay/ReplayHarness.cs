using System.Globalization;
using DurableTask.Core.History;
using Google.Protobuf;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker.Grpc;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Telemetry;
using Kind = Microsoft.DurableTask.Protobuf.OrchestratorAction.OrchestratorActionTypeOneofCase;
using P = Microsoft.DurableTask.Protobuf;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Replays recorded histories through the CURRENT orchestrator code, in process, the way the Durable extension runs an
/// isolated worker's orchestrator (<see cref="GrpcOrchestrationRunner"/>: an <c>OrchestratorRequest</c> of past and new
/// events in, the actions out). No storage, no host: milliseconds per case.
/// </summary>
public static class ReplayHarness
{
    private static readonly HashSet<EventType> Actions =
    [
        EventType.TaskScheduled, EventType.TimerCreated, EventType.SubOrchestrationInstanceCreated, EventType.EventSent,
        EventType.ExecutionCompleted, EventType.ExecutionFailed, EventType.ContinueAsNew,
    ];

    /// <summary>
    /// Replays every episode of the recorded history: the events before it as past, the events that woke it as new.
    /// Asserts that the current code takes exactly the actions the previous release recorded in that episode (kind,
    /// name, id, target; inputs may differ), with no non-determinism failure. A waiting instance takes nothing new.
    /// </summary>
    public static void AssertReplaysAsRecorded(ReplayFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var episodes = Episodes(fixture.History);
        Assert.NotEmpty(episodes);
        var past = new List<HistoryEvent>();
        for (var i = 0; i < episodes.Count; i++)
        {
            var woke = episodes[i]
                .Where(e => !Actions.Contains(e.EventType) && e.EventType != EventType.OrchestratorCompleted).ToList();
            var recorded = episodes[i].Where(e => Actions.Contains(e.EventType)).Select(Describe).ToList();
            var response = Run(fixture, past, woke);
            var taken = response.Actions.Select(Describe).ToList();
            Assert.True(recorded.SequenceEqual(taken),
                $"{fixture.Set}/{fixture.Case}, episode {i + 1} of {episodes.Count}: "
                + "the current code does not replay the recorded history.\n"
                + $"recorded: {string.Join(" | ", recorded)}\ncurrent:  {string.Join(" | ", taken)}\n"
                + "Changed an orchestrator's steps? Bump it in OrchestrationVersions and branch on "
                + "context.IsVersionAtLeast(n).");
            past.AddRange(episodes[i]);
        }
    }

    /// <summary>
    /// Continues the recorded instance with <paramref name="newEvents"/> (an <see cref="OrchestratorStartedEvent"/> is
    /// put first) and answers the actions the current code takes, as <see cref="Describe(P.OrchestratorAction)"/>.
    /// </summary>
    public static IReadOnlyList<string> Continue(ReplayFixture fixture, DateTime at, params HistoryEvent[] newEvents)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var woke = new List<HistoryEvent> { new OrchestratorStartedEvent(-1) { Timestamp = at } };
        woke.AddRange(newEvents);
        return Run(fixture, fixture.History, woke).Actions.Select(Describe).ToList();
    }

    /// <summary>Runs one episode through the orchestrator the hosts register under the fixture's name.</summary>
    public static P.OrchestratorResponse Run(
        ReplayFixture fixture, IEnumerable<HistoryEvent> past, IEnumerable<HistoryEvent> newEvents)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var request = new P.OrchestratorRequest { InstanceId = fixture.InstanceId };
        request.PastEvents.AddRange(past.Select(ProtobufUtils.ToHistoryEventProto));
        request.NewEvents.AddRange(newEvents.Select(ProtobufUtils.ToHistoryEventProto));
        var encoded = GrpcOrchestrationRunner.LoadAndRun(
            request.ToByteString().ToBase64(), OrchestratorFor(fixture.Name), services: null);
        return P.OrchestratorResponse.Parser.ParseFrom(ByteString.FromBase64(encoded));
    }

    /// <summary>An action as "kind name/target #id".</summary>
    public static string Describe(P.OrchestratorAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var id = action.Id;
        return action.OrchestratorActionTypeCase switch
        {
            Kind.ScheduleTask => $"task {action.ScheduleTask.Name} #{id}",
            Kind.CreateTimer => $"timer {Time(action.CreateTimer.FireAt.ToDateTime())} #{id}",
            Kind.CreateSubOrchestration => $"sub-orchestration {action.CreateSubOrchestration.Name}/"
                + $"{action.CreateSubOrchestration.InstanceId} #{id}",
            Kind.SendEvent => $"event {action.SendEvent.Name}/{action.SendEvent.Instance.InstanceId} #{id}",
            Kind.CompleteOrchestration => Completion(action.CompleteOrchestration),
            _ => $"{action.OrchestratorActionTypeCase} #{id}",
        };
    }

    private static string Describe(HistoryEvent e) => e switch
    {
        TaskScheduledEvent t => $"task {t.Name} #{t.EventId}",
        TimerCreatedEvent t => $"timer {Time(t.FireAt)} #{t.EventId}",
        SubOrchestrationInstanceCreatedEvent s => $"sub-orchestration {s.Name}/{s.InstanceId} #{s.EventId}",
        EventSentEvent s => $"event {s.Name}/{s.InstanceId} #{s.EventId}",
        ExecutionCompletedEvent c => $"complete {Status(c.OrchestrationStatus.ToString())}",
        _ => $"{e.EventType} #{e.EventId}",
    };

    /// <summary>Splits a history at each <see cref="OrchestratorStartedEvent"/>: one list per episode.</summary>
    private static List<List<HistoryEvent>> Episodes(IEnumerable<HistoryEvent> history)
    {
        var episodes = new List<List<HistoryEvent>>();
        foreach (var e in history)
        {
            if (e.EventType == EventType.OrchestratorStarted || episodes.Count == 0) episodes.Add([]);
            episodes[^1].Add(e);
        }
        return episodes;
    }

    private static ITaskOrchestrator OrchestratorFor(string name)
    {
        var type = DurableTasks.Orchestrators.SingleOrDefault(t => t.Name == name)
            ?? throw new InvalidOperationException($"No orchestrator '{name}': its live instances would fail.");
        return new ObservedOrchestrator((ITaskOrchestrator)Activator.CreateInstance(type)!);
    }

    private static string Completion(P.CompleteOrchestrationAction complete) =>
        $"complete {Status(complete.OrchestrationStatus.ToString())}{Failure(complete.FailureDetails)}";

    private static string Time(DateTime at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Status(string status) => status.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant()
        .Replace("ORCHESTRATIONSTATUS", "", StringComparison.Ordinal);

    private static string Failure(P.TaskFailureDetails? failure) =>
        failure is null ? "" : $" ({failure.ErrorType}: {failure.ErrorMessage})";
}
