using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// <c>DurableTask:Backend=InMemory</c>: the same sidecar, worker and tasks, with orchestration state kept in memory.
/// </summary>
public class InMemoryBackendTests
{
    [Fact]
    public async Task InMemoryBackend_EventTimerAndSubOrchestrations_CompleteWithoutTouchingTheTaskHub()
    {
        var settings = DayPerSecond.Settings();
        settings["DurableTask:Backend"] = "InMemory";
        await using var host = await LocalHostUnderTest.StartAsync(settings: settings, extraTasks: r =>
        {
            r.AddOrchestrator<TimerAndEventOrchestration>();
            r.AddOrchestrator<SubOrchestrationTests.ParentOrchestration>();
            r.AddOrchestrator<SubOrchestrationTests.ChildOrchestration>();
        });
        var clock = DayPerSecond.AnchorNow();
        var timed = await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 1));
        var parent = await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(SubOrchestrationTests.ParentOrchestration), "card");
        await host.Durable.RaiseEventAsync(timed, "approve", "ok");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var timedDone = await host.Durable.WaitForInstanceCompletionAsync(
            timed, getInputsAndOutputs: true, timeout.Token);
        var parentDone = await host.Durable.WaitForInstanceCompletionAsync(
            parent, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(
            (OrchestrationRuntimeStatus.Completed, "ok@True"),
            (timedDone.RuntimeStatus, timedDone.ReadOutputAs<string>()));
        Assert.Equal(
            (OrchestrationRuntimeStatus.Completed, "child(card-1)+child(card-2)"),
            (parentDone.RuntimeStatus, parentDone.ReadOutputAs<string>()));
        var hubTables = 0;
        await foreach (var _ in new TableServiceClient(TestEnvironment.StorageConnectionString)
            .QueryAsync(t => t.Name == host.Names.HubName + "Instances"))
        {
            hubTables++;
        }
        Assert.Equal(0, hubTables);
    }
}
