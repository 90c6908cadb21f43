using System.Text.Json;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using TalentHukou.LocalDurable;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// History straight from the DTFx Azure Storage service: through the local gRPC sidecar the client's history call
/// returns no events, while the orchestration service client does.
/// </summary>
public sealed class ServiceClientHistorySource(IOrchestrationServiceClient service) : IInstanceHistorySource
{
    public async Task<IReadOnlyList<HistoryItem>> GetAsync(
        DurableTaskClient client, string instanceId, CancellationToken ct)
    {
        var state = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        var executionId = state?.FirstOrDefault()?.OrchestrationInstance?.ExecutionId;
        if (executionId is null) return [];
        var json = await service.GetOrchestrationHistoryAsync(instanceId, executionId);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(HistoryItem.FromJson).ToList();
    }
}
