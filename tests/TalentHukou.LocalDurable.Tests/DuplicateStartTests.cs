using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// A start message delivered again to a running instance, through the task hub's queue as a host or storage failing
/// between saving an episode and deleting its messages leaves it: the instance drops it and goes on as if it had
/// never come.
/// </summary>
public class DuplicateStartTests
{
    [Fact]
    public async Task StartDeliveredAgain_ToAStartedInstance_IsDropped()
    {
        await using var host = await StartHostAsync();
        var (id, state) = await StartWaitingInstanceAsync(host);

        await SendAsync(
            host,
            new ExecutionStartedEvent(-1, state.Input)
            {
                Name = state.Name,
                OrchestrationInstance = state.OrchestrationInstance,
            },
            state.OrchestrationInstance);
        await host.Durable.RaiseEventAsync(id, "approve", "ok");

        var done = await InstanceWaits.ForCompletionAsync(host.Durable, id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("ok@True", done.ReadOutputAs<string>());
        Assert.Contains(host.Logs.Entries, e => e.EventId == 1203 && e.Properties.Any(p => Equals(p.Value, id)));
    }

    private static Task<LocalHostUnderTest> StartHostAsync() =>
        LocalHostUnderTest.StartAsync(
            settings: DayPerSecond.Settings(), extraTasks: r => r.AddOrchestrator<TimerAndEventOrchestration>());

    private static async Task<(string Id, OrchestrationState State)> StartWaitingInstanceAsync(LocalHostUnderTest host)
    {
        var clock = DayPerSecond.AnchorNow();
        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(TimerAndEventOrchestration), new TimerAndEventInput(clock, 1));
        await InstanceWaits.ForCustomStatusAsync(host.Durable, id, "waiting-for-event");
        var states = await host.Services.GetRequiredService<IOrchestrationServiceClient>()
            .GetOrchestrationStateAsync(id, allExecutions: false);
        return (id, states.Single());
    }

    private static Task SendAsync(LocalHostUnderTest host, HistoryEvent message, OrchestrationInstance to) =>
        host.Services.GetRequiredService<IOrchestrationServiceClient>().SendTaskOrchestrationMessageAsync(
            new TaskMessage { Event = message, OrchestrationInstance = to });
}
