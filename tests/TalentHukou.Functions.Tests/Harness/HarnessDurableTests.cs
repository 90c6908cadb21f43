using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TalentHukou.Workflows.Processes;
using Sidecar = Microsoft.DurableTask.Protobuf;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>
/// The worker's durable triggers run by the harness as the Durable extension runs them: the periodic sweep's eternal
/// orchestration calls its activity (which takes a <c>[DurableClient]</c>), waits on its timer and continues as new.
/// </summary>
public sealed class HarnessDurableTests(FunctionsAppFixture app) : IClassFixture<FunctionsAppFixture>
{
    [Fact]
    public async Task Sweep_EternalOrchestration_ActivityTimerAndContinueAsNewThroughTheWorker()
    {
        var sidecar = app.Harness.Services
            .GetRequiredService<Sidecar.TaskHubSidecarService.TaskHubSidecarServiceClient>();
        var input = new UnstartedProcessSweepInput(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        await sidecar.StartInstanceAsync(new Sidecar.CreateInstanceRequest
        {
            Name = nameof(UnstartedProcessSweep),
            InstanceId = UnstartedProcessSweep.InstanceId,
            Input = System.Text.Json.JsonSerializer.Serialize(input),
        });
        var store = app.Harness.Services.GetRequiredService<IOrchestrationServiceClient>();
        var first = await store.GetOrchestrationStateAsync(UnstartedProcessSweep.InstanceId, false);
        var firstExecution = first[0].OrchestrationInstance.ExecutionId;

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await store.GetOrchestrationStateAsync(UnstartedProcessSweep.InstanceId, false))[0]
            .OrchestrationInstance.ExecutionId == firstExecution)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The sweep never continued as new.\n{app.Harness.Worker.Output}");
            await Task.Delay(250);
        }

        // The Azure Storage provider drops an execution's history when it continues as new (after its timer fired):
        // the round now running shows the activity's outcome.
        List<EventType> history;
        do
        {
            Assert.True(
                DateTime.UtcNow < deadline, $"The next round never ran its activity.\n{app.Harness.Worker.Output}");
            await Task.Delay(250);
            var current = (await store.GetOrchestrationStateAsync(UnstartedProcessSweep.InstanceId, false))[0];
            history = Kinds(await store.GetOrchestrationHistoryAsync(
                UnstartedProcessSweep.InstanceId, current.OrchestrationInstance.ExecutionId));
        }
        while (!history.Intersect([EventType.TaskCompleted, EventType.TaskFailed]).Any()
            || !history.Contains(EventType.TimerCreated));
        Assert.True(history.Contains(EventType.TaskCompleted), await LastHistory(store));
        Assert.DoesNotContain(EventType.TaskFailed, history);
    }

    private static List<EventType> Kinds(string historyJson) => JArray.Parse(historyJson)
        .Select(e => e["EventType"]!.Type == JTokenType.Integer
            ? (EventType)(int)e["EventType"]! : Enum.Parse<EventType>((string)e["EventType"]!))
        .ToList();

    private static async Task<string> LastHistory(IOrchestrationServiceClient store)
    {
        var current = (await store.GetOrchestrationStateAsync(UnstartedProcessSweep.InstanceId, false))[0];
        return await store.GetOrchestrationHistoryAsync(
            UnstartedProcessSweep.InstanceId, current.OrchestrationInstance.ExecutionId);
    }
}
