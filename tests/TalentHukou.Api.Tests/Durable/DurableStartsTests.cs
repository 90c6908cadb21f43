using Microsoft.DurableTask.Client;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;

namespace TalentHukou.Api.Tests.Durable;

/// <summary>
/// Starting an instance of a fixed id twice on the Azure Storage backend (a submission ensuring the sweep, say).
/// </summary>
[Collection(SharedHostCollection.Name)]
public class DurableStartsTests(SharedHost shared)
{
    private static readonly UnstartedProcessSweepInput Input = new(TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    private DurableTaskClient Durable => shared.Host.Durable;

    [Fact]
    public async Task StartUnlessPresent_LiveInstance_IsNotStartedAgain()
    {
        var instanceId = "starts-test-" + Guid.NewGuid().ToString("N");
        Assert.True(await StartAsync(instanceId, replaceEnded: true));
        var first = await Durable.GetInstanceAsync(instanceId);

        Assert.False(await StartAsync(instanceId, replaceEnded: true));
        Assert.False(await StartAsync(instanceId, replaceEnded: false));
        Assert.Equal(first!.CreatedAt, (await Durable.GetInstanceAsync(instanceId))!.CreatedAt); // not replaced
        await Durable.TerminateInstanceAsync(instanceId, "test done");
    }

    [Fact]
    public async Task StartUnlessPresent_EndedInstance_IsStartedAfreshOnlyWhenAsked()
    {
        var instanceId = "starts-test-" + Guid.NewGuid().ToString("N");
        await StartAsync(instanceId, replaceEnded: true);
        await Durable.TerminateInstanceAsync(instanceId, "ended");
        await Eventually.TrueAsync(
            async () => (await Durable.GetInstanceAsync(instanceId))?.RuntimeStatus
                == OrchestrationRuntimeStatus.Terminated,
            "terminated");

        Assert.False(await StartAsync(instanceId, replaceEnded: false));
        Assert.True(await StartAsync(instanceId, replaceEnded: true));
        Assert.True(DurableStarts.IsLive((await Durable.GetInstanceAsync(instanceId))!.RuntimeStatus));
        await Durable.TerminateInstanceAsync(instanceId, "test done");
    }

    private Task<bool> StartAsync(string instanceId, bool replaceEnded) =>
        Durable.StartUnlessPresentAsync(
            nameof(UnstartedProcessSweep), Input, instanceId, replaceEnded, CancellationToken.None);
}
