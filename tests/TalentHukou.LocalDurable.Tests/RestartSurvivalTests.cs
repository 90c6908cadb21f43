using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Time;
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
    public async Task TaskHubOfTwoPartitions_RestartedConfiguredForOne_KeepsRoutingToTheSecondQueue()
    {
        var names = HostNames.New();
        var clock = DayPerSecond.AnchorNow();
        // Instances of the second control queue: the provider routes by FNV-1a of the id modulo the partitions.
        var ids = Enumerable.Range(0, 100).Select(i => $"second-queue-{i}").Where(i => Fnv1a(i) % 2 == 1).ToList();
        var two = DayPerSecond.Settings();
        two["DurableTask:PartitionCount"] = "2";
        await using (var first = await LocalHostUnderTest.StartAsync(names, two, Tasks.Invoke))
            await WaitingForTimerAsync(first, ids[0], clock, 6);

        var one = DayPerSecond.Settings();
        one["DurableTask:PartitionCount"] = "1";
        await using var second = await LocalHostUnderTest.StartAsync(names, one, Tasks.Invoke);
        // The timer the first host left on the second queue fires.
        var done = await InstanceWaits.ForCompletionAsync(second.Durable, ids[0]);
        Assert.Equal("kept@True", done.ReadOutputAs<string>());
        // A new instance of that queue still gets its messages there (routing by one partition would not). Counted
        // once the first instance's messages are gone, so that only the new instance's can be on the queue.
        var secondQueue = new Azure.Storage.Queues.QueueClient(
            TestEnvironment.StorageConnectionString, $"{names.HubName.ToLowerInvariant()}-control-01");
        var before = (await secondQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        await WaitingForTimerAsync(second, ids[1], clock, 60);
        Assert.True((await secondQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount > before);
    }

    private static async Task WaitingForTimerAsync(
        LocalHostUnderTest host, string id, ClockAnchor clock, double businessDays)
    {
        await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(TimerAndEventOrchestration),
            new TimerAndEventInput(clock, businessDays),
            new StartOrchestrationOptions(id));
        await host.Durable.RaiseEventAsync(id, "approve", "kept");
        await InstanceWaits.ForCustomStatusAsync(host.Durable, id, "waiting-for-timer");
    }

    private static uint Fnv1a(string value)
    {
        var hash = 2166136261;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(value)) hash = unchecked((hash ^ b) * 16777619);
        return hash;
    }
}

internal delegate void LocalHostUnderTestTasks(Microsoft.DurableTask.DurableTaskRegistry registry);
