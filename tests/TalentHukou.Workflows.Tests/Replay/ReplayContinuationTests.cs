using DurableTask.Core.History;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Tests.Replay;

/// <summary>
/// Recorded in-flight instances of the previous release, woken by what would come next in production: the current code
/// must take the step the old code would have taken.
/// </summary>
public class ReplayContinuationTests
{
    private const string Set = ReplayTests.PreviousRelease;

    [Fact]
    public void Continue_HrssReviewDecisionForRecordedManualApplication_ChecksTheDecision()
    {
        var fixture = ReplayFixture.Load(Set, "application-manual-hrss-review");
        // A decision signal carries only the id of the decision stored before it was raised.
        var decision = new EventRaisedEvent(-1, "\"d-replay-1\"") { Name = ApplicationEvents.HrssReview };

        var actions = ReplayHarness.Continue(fixture, LastTime(fixture).AddMinutes(5), decision);

        Assert.Equal(["task CheckDecision #" + NextId(fixture)], actions);
    }

    [Fact]
    public void Continue_PsbCheckTimerOfRecordedCardSaga_CrossChecksWithPublicSecurity()
    {
        var fixture = ReplayFixture.Load(Set, "card-saga-psb-check");
        var timer = fixture.History.OfType<TimerCreatedEvent>().Last();
        var fired = new TimerFiredEvent(-1) { TimerId = timer.EventId, FireAt = timer.FireAt };

        var actions = ReplayHarness.Continue(fixture, timer.FireAt, fired);

        Assert.Equal(["task CrossCheckCardWithPsb #" + NextId(fixture)], actions);
    }

    private static DateTime LastTime(ReplayFixture fixture) => fixture.History.Max(e => e.Timestamp);

    private static int NextId(ReplayFixture fixture) => fixture.History.Max(e => e.EventId) + 1;
}
