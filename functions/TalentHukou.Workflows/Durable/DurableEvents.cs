using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Raises external events safely: an event sent to an instance whose start message has not been processed yet
/// (for example right after a host restart) is discarded by the Azure Storage backend, so wait for the start first.
/// </summary>
public static class DurableEvents
{
    public static async Task<bool> RaiseWhenStartedAsync(this DurableTaskClient client, string instanceId, string eventName, object payload, TimeSpan startTimeout, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(instanceId, ct);
        if (instance is null) return false;
        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(startTimeout);
            try
            {
                await client.WaitForInstanceStartAsync(instanceId, wait.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return false;
            }
        }
        await client.RaiseEventAsync(instanceId, eventName, payload, ct);
        return true;
    }
}
