using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Time;
using TalentHukou.Testing;

namespace TalentHukou.LocalHost.Tests.Durable;

public class RestartSurvivalTests
{
    private static readonly Dictionary<string, string?> Accelerated = new() { ["Clock:Acceleration"] = "86400" }; // a business day per second

    private static LocalHostUnderTestTasks Tasks => r => r.AddOrchestrator<TimerAndEventOrchestration>();

    [Fact]
    public async Task Orchestration_HostRestartedWhileWaitingForEvent_CompletesAfterRestart()
    {
        var names = HostNames.New();
        string id;
        var clock = new ClockAnchor(DateTimeOffset.UtcNow, DateTimeOffset.Parse("2026-03-02T01:00:00Z"), 86_400);
        await using (var first = await LocalHostUnderTest.StartAsync(names, Accelerated, Tasks.Invoke))
        {
            id = await first.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 2));
            await InstanceWaits.ForCustomStatusAsync(first.Durable, id, "waiting-for-event");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, Accelerated, Tasks.Invoke);
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
        var clock = new ClockAnchor(DateTimeOffset.UtcNow, DateTimeOffset.Parse("2026-03-02T01:00:00Z"), 86_400);
        await using (var first = await LocalHostUnderTest.StartAsync(names, Accelerated, Tasks.Invoke))
        {
            id = await first.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 6)); // ~6 s real
            await first.Durable.RaiseEventAsync(id, "approve", "kept");
            await InstanceWaits.ForCustomStatusAsync(first.Durable, id, "waiting-for-timer");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, Accelerated, Tasks.Invoke);
        var done = await InstanceWaits.ForCompletionAsync(second.Durable, id);
        Assert.Equal("kept@True", done.ReadOutputAs<string>());
    }
}

internal delegate void LocalHostUnderTestTasks(Microsoft.DurableTask.DurableTaskRegistry registry);
