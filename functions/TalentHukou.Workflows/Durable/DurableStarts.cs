using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Starting an orchestration whose instance id is fixed, where finding it started already is no error.
/// </summary>
public static class DurableStarts
{
    private static readonly OrchestrationRuntimeStatus[] LiveStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    private static readonly OrchestrationRuntimeStatus[] AllStatuses =
        [
            .. LiveStatuses,
            OrchestrationRuntimeStatus.Completed,
            OrchestrationRuntimeStatus.Failed,
            OrchestrationRuntimeStatus.Terminated,
        ];

    /// <summary>
    /// Starts the instance, at its orchestrator's current version (<see cref="OrchestrationVersions"/>), unless it is
    /// there already: live, or (unless <paramref name="replaceEnded"/>) ended. True when this call started it. The
    /// backend is asked not to replace such an instance either (without that it would overwrite a live one and start
    /// afresh); the local host's sidecar ignores that request, so there the check before the start is the guard, and
    /// two starts racing within milliseconds may both go through.
    /// </summary>
    public static async Task<bool> StartUnlessPresentAsync(
        this DurableTaskClient client, TaskName orchestrator, object input, string instanceId, bool replaceEnded,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        bool Present(OrchestrationMetadata? instance) =>
            instance is not null && (!replaceEnded || IsLive(instance.RuntimeStatus));
        if (Present(await client.GetInstanceAsync(instanceId, ct))) return false;
        try
        {
            var options = new StartOrchestrationOptions(instanceId)
            {
                Version = OrchestrationVersions.For(orchestrator),
            }.WithDedupeStatuses(replaceEnded ? LiveStatuses : AllStatuses);
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, options, ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Refused because the instance appeared meanwhile (the backends differ in how they say so): that is fine.
            if (!Present(await client.GetInstanceAsync(instanceId, ct))) throw;
            return false;
        }
    }

    /// <summary>
    /// Starts an instance whose id this caller made a moment ago (an id nothing else can have used yet, such as a new
    /// application's), at its orchestrator's current version, without first asking whether it exists: the answer is
    /// known. The backend is still asked not to replace an instance of that id.
    /// </summary>
    public static Task StartFreshAsync(
        this DurableTaskClient client, TaskName orchestrator, object input, string instanceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        var options = new StartOrchestrationOptions(instanceId) { Version = OrchestrationVersions.For(orchestrator) }
            .WithDedupeStatuses(AllStatuses);
        return client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, options, ct);
    }

    public static bool IsLive(OrchestrationRuntimeStatus status) => LiveStatuses.Contains(status);
}
