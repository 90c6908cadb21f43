using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Testing;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// Sub-orchestrations on the local runtime (the card saga runs as one): the parent's history must stay readable after
/// the child starts, and the child's start message must come back off the queue.
/// </summary>
public class SubOrchestrationTests
{
    [Fact]
    public async Task Parent_CallsTwoChildren_CompletesWithTheirResults()
    {
        await using var host = await LocalHostUnderTest.StartAsync(extraTasks: r =>
        {
            r.AddOrchestrator<ParentOrchestration>();
            r.AddOrchestrator<ChildOrchestration>();
        });

        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(nameof(ParentOrchestration), "card");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = await host.Durable.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("child(card-1)+child(card-2)", done.ReadOutputAs<string>());
        var child = await host.Durable.GetInstanceAsync($"{id}-child-1", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    public sealed class ParentOrchestration : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            var first = await context.CallSubOrchestratorAsync<string>(nameof(ChildOrchestration), $"{input}-1",
                new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}-child-1" });
            var second = await context.CallSubOrchestratorAsync<string>(nameof(ChildOrchestration), $"{input}-2",
                new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}-child-2" });
            return $"{first}+{second}";
        }
    }

    public sealed class ChildOrchestration : TaskOrchestrator<string, string>
    {
        public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            Task.FromResult($"child({input})");
    }
}
