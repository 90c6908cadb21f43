using System.Globalization;
using DurableTask.Core.History;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Deadlines re-armed by a notice (ApplicationOrchestrator version 2, ADR 0022) against the previous release's recorded
/// instances: a version-1 instance ignores the event and keeps its steps; the same history started at version 2 replays
/// unchanged (arming takes no new step) and answers the event by recomputing its deadline.
/// </summary>
public class ReplayDeadlineTests
{
    private const string Set = ReplayTests.PreviousRelease;

    public static TheoryData<string> WaitingOnADeadline =>
        new() { "application-smart-publicity", "application-manual-hrss-review" };

    [Theory]
    [MemberData(nameof(WaitingOnADeadline))]
    public void Continue_CalendarChangedOnRecordedVersion1Instance_TakesNoStep(string @case)
    {
        var fixture = ReplayFixture.Load(Set, @case);

        var actions = ReplayHarness.Continue(fixture, LastTime(fixture).AddSeconds(1), CalendarChanged());

        Assert.Empty(actions);
    }

    [Theory]
    [MemberData(nameof(WaitingOnADeadline))]
    public void Replay_RecordedHistoryStartedAtVersion2_TakesTheRecordedSteps(string @case) =>
        ReplayHarness.AssertReplaysAsRecorded(AtVersion2(ReplayFixture.Load(Set, @case)));

    [Theory]
    [MemberData(nameof(WaitingOnADeadline))]
    public void Continue_CalendarChangedOnVersion2Instance_RecomputesTheDeadline(string @case)
    {
        var fixture = AtVersion2(ReplayFixture.Load(Set, @case));

        var actions = ReplayHarness.Continue(fixture, LastTime(fixture).AddSeconds(1), CalendarChanged());

        Assert.Equal([$"task {nameof(RearmDeadline)} #{NextId(fixture)}"], actions);
    }

    private static EventRaisedEvent CalendarChanged() =>
        new(-1, """{"Version":"0123456789ab","Reference":"国办发明电〔2026〕17号"}""") { Name = CalendarChange.EventName };

    private static ReplayFixture AtVersion2(ReplayFixture fixture)
    {
        var started = fixture.History.OfType<ExecutionStartedEvent>().Single();
        started.Version = OrchestrationVersions.DeadlinesFollowCalendar.ToString(CultureInfo.InvariantCulture);
        return fixture with { Version = started.Version };
    }

    private static DateTime LastTime(ReplayFixture fixture) => fixture.History.Max(e => e.Timestamp);

    private static int NextId(ReplayFixture fixture) => fixture.History.Max(e => e.EventId) + 1;
}
