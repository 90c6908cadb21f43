using System.Globalization;
using System.Text.Json.Nodes;
using DurableTask.Core.History;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Registry and ticket SLAs re-armed by a notice (RegistryReviewOrchestrator and TicketSlaOrchestrator version 2,
/// ADR 0022) against the previous release's recorded instances: a version-1 instance ignores the event and keeps its
/// steps; the same history started at version 2 with an armed SLA replays unchanged (listening takes no new step) and
/// answers the event by recomputing its deadline.
/// </summary>
public class ReplayStaffSlaTests
{
    private const string Set = ReplayTests.PreviousRelease;

    public static TheoryData<string, string> WaitingOnAnSla =>
        new() { { "registry-review-waiting", "registry-sla" }, { "ticket-sla-waiting", "ticket-sla" } };

    [Theory]
    [MemberData(nameof(WaitingOnAnSla))]
    public void Continue_CalendarChangedOnRecordedVersion1Instance_TakesNoStep(string @case, string kind)
    {
        _ = kind;
        var fixture = ReplayFixture.Load(Set, @case);

        var actions = ReplayHarness.Continue(fixture, LastTime(fixture).AddSeconds(1), CalendarChanged());

        Assert.Empty(actions);
    }

    [Theory]
    [MemberData(nameof(WaitingOnAnSla))]
    public void Replay_RecordedHistoryStartedAtVersion2WithArmedSla_TakesTheRecordedSteps(string @case, string kind) =>
        ReplayHarness.AssertReplaysAsRecorded(AtVersion2(ReplayFixture.Load(Set, @case), kind));

    [Theory]
    [MemberData(nameof(WaitingOnAnSla))]
    public void Continue_CalendarChangedOnVersion2Instance_RecomputesTheSla(string @case, string kind)
    {
        var fixture = AtVersion2(ReplayFixture.Load(Set, @case), kind);

        var actions = ReplayHarness.Continue(fixture, LastTime(fixture).AddSeconds(1), CalendarChanged());

        Assert.Equal([$"task {nameof(RearmDeadline)} #{NextId(fixture)}"], actions);
    }

    private static EventRaisedEvent CalendarChanged() =>
        new(-1, """{"Version":"0123456789ab","Reference":"国办发明电〔2026〕17号"}""") { Name = CalendarChange.EventName };

    /// <summary>The recorded instance as version 2 started it: stamped 2, its input carrying the armed SLA.</summary>
    private static ReplayFixture AtVersion2(ReplayFixture fixture, string kind)
    {
        var started = fixture.History.OfType<ExecutionStartedEvent>().Single();
        started.Version = OrchestrationVersions.StaffSlasFollowCalendar.ToString(CultureInfo.InvariantCulture);
        var input = JsonNode.Parse(started.Input)!.AsObject();
        var dueBy = input["DueBy"]!.GetValue<DateTimeOffset>();
        input["Sla"] = new JsonObject
        {
            ["Kind"] = kind,
            ["From"] = dueBy.AddDays(-1),
            ["WorkingDays"] = 1,
            ["DueBy"] = dueBy,
            ["CalendarVersion"] = "fedcba987654",
            ["Announced"] = dueBy,
        };
        started.Input = input.ToJsonString();
        return fixture with { Version = started.Version };
    }

    private static DateTime LastTime(ReplayFixture fixture) => fixture.History.Max(e => e.Timestamp);

    private static int NextId(ReplayFixture fixture) => fixture.History.Max(e => e.EventId) + 1;
}
