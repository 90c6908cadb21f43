using Microsoft.DurableTask;
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

    [Fact]
    public async Task TaskHubOfTwoPartitions_RestartedConfiguredForOne_KeepsTwoAndTheSecondQueuesTimerFires()
    {
        var names = HostNames.New();
        var clock = DayPerSecond.AnchorNow();
        // An instance of the second control queue: the provider routes by FNV-1a of the id modulo the partitions.
        var id = Enumerable.Range(0, 100).Select(i => $"second-queue-{i}").First(i => Fnv1a(i) % 2 == 1);
        var two = DayPerSecond.Settings();
        two["DurableTask:PartitionCount"] = "2";
        await using (var first = await LocalHostUnderTest.StartAsync(names, two, Tasks.Invoke))
        {
            await first.Durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(TimerAndEventOrchestration),
                new TimerAndEventInput(clock, 6),
                new StartOrchestrationOptions(id));
            await first.Durable.RaiseEventAsync(id, "approve", "kept");
            await InstanceWaits.ForCustomStatusAsync(first.Durable, id, "waiting-for-timer");
        }
        var one = DayPerSecond.Settings();
        one["DurableTask:PartitionCount"] = "1";
        await using var second = await LocalHostUnderTest.StartAsync(names, one, Tasks.Invoke);
        var done = await InstanceWaits.ForCompletionAsync(second.Durable, id);
        Assert.Equal("kept@True", done.ReadOutputAs<string>());
    }

    private static uint Fnv1a(string value)
    {
        var hash = 2166136261;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(value)) hash = unchecked((hash ^ b) * 16777619);
        return hash;
    }
}

internal delegate void LocalHostUnderTestTasks(Microsoft.DurableTask.DurableTaskRegistry registry);
