using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Raises external events safely: an event sent to an instance whose start message has not been processed yet
/// (for example right after a host restart) is discarded by the Azure Storage backend, so wait for the start first —
/// unless the caller has seen the instance run (<c>ranAlready</c>): a host that died or lost storage between
/// saving an episode's history and updating the instance row leaves that row saying Pending, and an orchestration that
/// waits for this very event would then never update it.
/// </summary>
public static class DurableEvents
{
    public static async Task<bool> RaiseWhenStartedAsync(
        this DurableTaskClient client, string instanceId, string eventName, object payload, TimeSpan startTimeout,
        CancellationToken ct, bool ranAlready = false)
    {
        var instance = await client.GetInstanceAsync(instanceId, ct);
        if (instance is null) return false;
        if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending && !ranAlready)
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
