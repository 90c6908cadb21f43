using System.Globalization;
using DurableTask.Core.History;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Durable;
using P = Microsoft.DurableTask.Protobuf;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// The publicity closed by the record (ApplicationOrchestrator version 3) against the previous release's recorded
/// publicity: an older instance ends it at the timer as before; a version-3 instance asks the record first, takes the
/// objections stored there whose signals lost the race to the timer, and then waits for their resolution with no
/// deadline instead of ending the publicity.
/// </summary>
public class ReplayPublicityCloseTests
{
    private const string Case = "application-smart-publicity";

    [Fact]
    public void Replay_RecordedPublicityStartedAtVersion3_TakesTheRecordedSteps() =>
        ReplayHarness.AssertReplaysAsRecorded(AtVersion3());

    [Fact]
    public void Continue_PublicityTimerOfRecordedVersion1Instance_EndsItWithoutAskingTheRecord()
    {
        var (_, actions) = PastTheDeadline(ReplayFixture.Load(ReplayTests.PreviousRelease, Case));

        var action = Assert.Single(actions);
        Assert.Equal(nameof(ApplyApplicationProgress), action.ScheduleTask?.Name);
        Assert.Contains("publicity-ended", action.ScheduleTask!.Input, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_PublicityTimerOfVersion3Instance_AsksTheRecordFirst()
    {
        var (_, actions) = PastTheDeadline(AtVersion3());

        Assert.Equal(nameof(ClosePublicity), Assert.Single(actions).ScheduleTask?.Name);
    }

    [Fact]
    public void Continue_RecordHoldsAnObjectionTheTimerRacedPast_TakesItAndWaitsWithoutDeadline()
    {
        var (past, closing) = PastTheDeadline(AtVersion3());

        var (afterClose, flush) = Answer(past, closing, """["OB20261206T000000000AAAA"]""");

        var progress = Assert.Single(flush).ScheduleTask;
        Assert.Equal(nameof(ApplyApplicationProgress), progress?.Name);
        Assert.Contains("objection-OB20261206T000000000AAAA-received", progress!.Input, StringComparison.Ordinal);
        Assert.DoesNotContain("publicity-ended", progress.Input, StringComparison.Ordinal);
        Assert.Empty(Answer(afterClose, flush, "true").Actions); // no timer: only the objection's resolution ends it
    }

    [Fact]
    public void Continue_RecordHoldsNoObjection_EndsThePublicityAndAwaitsTheCard()
    {
        var (past, closing) = PastTheDeadline(AtVersion3());

        var (_, flush) = Answer(past, closing, "[]");

        var progress = Assert.Single(flush).ScheduleTask;
        Assert.Equal(nameof(ApplyApplicationProgress), progress?.Name);
        Assert.Contains("awaiting-signature-1", progress!.Input, StringComparison.Ordinal);
        // The activity recorded the end already: the flush carries only its notice, not the step again.
        Assert.DoesNotContain("\"Event\":\"publicity-ended\"", progress.Input, StringComparison.Ordinal);
    }

    private static ReplayFixture AtVersion3()
    {
        var fixture = ReplayFixture.Load(ReplayTests.PreviousRelease, Case);
        var started = fixture.History.OfType<ExecutionStartedEvent>().Single();
        started.Version = OrchestrationVersions.PublicityClosedByTheRecord.ToString(CultureInfo.InvariantCulture);
        return fixture with { Version = started.Version };
    }

    /// <summary>
    /// Wakes the recorded instance well past its publicity deadline and fires every timer it sets (a long wait is a
    /// chain of timers) until it takes another action: the history so far and that action.
    /// </summary>
    private static (List<HistoryEvent> Past, IReadOnlyList<P.OrchestratorAction> Actions) PastTheDeadline(
        ReplayFixture fixture)
    {
        var past = fixture.History.ToList();
        var timer = fixture.History.OfType<TimerCreatedEvent>().Last();
        var at = timer.FireAt.AddDays(40);
        var fired = new TimerFiredEvent(-1) { TimerId = timer.EventId, FireAt = timer.FireAt };
        for (var round = 0; round < 20; round++, at = at.AddSeconds(1))
        {
            var woke = new List<HistoryEvent> { new OrchestratorStartedEvent(-1) { Timestamp = at }, fired };
            var actions = ReplayHarness.Run(fixture, past, woke).Actions;
            if (actions.Count != 1 || actions[0].CreateTimer is not { } next) return ([.. past, .. woke], actions);
            past.AddRange(woke);
            past.Add(new TimerCreatedEvent(actions[0].Id) { FireAt = next.FireAt.ToDateTime(), Timestamp = at });
            past.Add(new OrchestratorCompletedEvent(-1) { Timestamp = at });
            fired = new TimerFiredEvent(-1) { TimerId = actions[0].Id, FireAt = next.FireAt.ToDateTime() };
        }
        throw new InvalidOperationException("The instance kept setting timers.");
    }

    /// <summary>Completes the single task <paramref name="scheduled"/> holds with <paramref name="result"/>.</summary>
    private static (List<HistoryEvent> Past, IReadOnlyList<P.OrchestratorAction> Actions) Answer(
        List<HistoryEvent> past, IReadOnlyList<P.OrchestratorAction> scheduled, string result)
    {
        var task = Assert.Single(scheduled);
        var at = past.Max(e => e.Timestamp).AddSeconds(1);
        List<HistoryEvent> history =
        [
            .. past,
            new TaskScheduledEvent(task.Id) { Name = task.ScheduleTask.Name, Timestamp = at },
            new OrchestratorCompletedEvent(-1) { Timestamp = at },
        ];
        List<HistoryEvent> woke =
        [
            new OrchestratorStartedEvent(-1) { Timestamp = at.AddSeconds(1) },
            new TaskCompletedEvent(-1, task.Id, result) { Timestamp = at.AddSeconds(1) },
        ];
        return ([.. history, .. woke], ReplayHarness.Run(AtVersion3(), history, woke).Actions);
    }
}
