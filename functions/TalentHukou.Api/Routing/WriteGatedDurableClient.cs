using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Api.Routing;

/// <summary>
/// The durable client a handler gets while its writes wait behind the write budget's count (ADR 0035): whatever
/// starts, signals or changes an instance awaits the gate first, as storage writes do
/// (<see cref="Adapters.Storage.StorageWriteGate"/>); reads go ahead. It does not own the client it wraps.
/// </summary>
internal sealed class WriteGatedDurableClient(DurableTaskClient inner, Task gate) : DurableTaskClient(inner.Name)
{
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        await gate;
        return await inner.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellation);
    }

    public override async Task RaiseEventAsync(
        string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        await gate;
        await inner.RaiseEventAsync(instanceId, eventName, eventPayload, cancellation);
    }

    public override async Task TerminateInstanceAsync(
        string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        await gate;
        await inner.TerminateInstanceAsync(instanceId, options, cancellation);
    }

    public override async Task SuspendInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        await gate;
        await inner.SuspendInstanceAsync(instanceId, reason, cancellation);
    }

    public override async Task ResumeInstanceAsync(
        string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        await gate;
        await inner.ResumeInstanceAsync(instanceId, reason, cancellation);
    }

    public override async Task<PurgeResult> PurgeInstanceAsync(
        string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        await gate;
        return await inner.PurgeInstanceAsync(instanceId, options, cancellation);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(
        PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        await gate;
        return await inner.PurgeAllInstancesAsync(filter, options, cancellation);
    }

    public override async Task<string> RestartAsync(
        string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default)
    {
        await gate;
        return await inner.RestartAsync(instanceId, restartWithNewInstanceId, cancellation);
    }

    public override async Task RewindInstanceAsync(
        string instanceId, string reason, CancellationToken cancellation = default)
    {
        await gate;
        await inner.RewindInstanceAsync(instanceId, reason, cancellation);
    }

    public override Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        inner.GetAllInstancesAsync(filter);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation);

    /// <summary>The wrapped client belongs to its host (or the Functions binding), which disposes it.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
