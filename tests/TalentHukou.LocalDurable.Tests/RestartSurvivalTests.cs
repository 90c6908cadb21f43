using Microsoft.DurableTask.Client;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

public class RestartSurvivalTests
{
    private static LocalHostUnderTestTasks Tasks => r => r.AddOrchestrator<TimerAndEventOrchestration>();

    [Fact]
    public async Task Orchestration_HostRestartedWhileWaitingForEvent_CompletesAfterRestart()
    {
        var names = HostNames.New();
        string id;
        var clock = DayPerSecond.AnchorNow();
        await using (var first = await LocalHostUnderTest.StartAsync(names, DayPerSecond.Settings(), Tasks.Invoke))
        {
            id = await first.Durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 2));
            await InstanceWaits.ForCustomStatusAsync(first.Durable, id, "waiting-for-event");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, DayPerSecond.Settings(), Tasks.Invoke);
        await second.Durable.RaiseEventAsync(id, "approve", "ok");
        var done = await InstanceWaits.ForCompletionAsync(second.Durable, id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("ok@True", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Orchestration_HostRestartedDuringTimer_TimerStillFires()
    {
        var names = HostNames.New();
        string id;
        var clock = DayPerSecond.AnchorNow();
        await using (var first = await LocalHostUnderTest.StartAsync(names, DayPerSecond.Settings(), Tasks.Invoke))
        {
            id = await first.Durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 6)); // ~6 s real
            await first.Durable.RaiseEventAsync(id, "approve", "kept");
            await InstanceWaits.ForCustomStatusAsync(first.Durable, id, "waiting-for-timer");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, DayPerSecond.Settings(), Tasks.Invoke);
        var done = await InstanceWaits.ForCompletionAsync(second.Durable, id);
        Assert.Equal("kept@True", done.ReadOutputAs<string>());
    }
}

internal delegate void LocalHostUnderTestTasks(Microsoft.DurableTask.DurableTaskRegistry registry);
