using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>Starts the <see cref="EmailDispatchOrchestrator"/> of an outbox row unless one is already there.</summary>
public static class EmailDispatchStarter
{
    /// <summary>
    /// True when this call started the dispatcher; false when a live one exists (a duplicate start is harmless).
    /// A dispatcher that ended (failed or terminated) while its row is still undelivered is started again.
    /// </summary>
    public static async Task<bool> EnsureEmailDispatchAsync(this DurableTaskClient client, string rowKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instanceId = EmailDispatchOrchestrator.InstanceIdFor(rowKey);
        if (await client.GetInstanceAsync(instanceId, ct) is { } existing && IsLive(existing.RuntimeStatus))
            return false;
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(EmailDispatchOrchestrator), new EmailDispatchInput(rowKey), new StartOrchestrationOptions(instanceId), ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Refused because a dispatcher appeared meanwhile (the backends differ in how they say so): that is fine.
            if (await client.GetInstanceAsync(instanceId, ct) is null) throw;
            return false;
        }
    }

    private static bool IsLive(OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
}
