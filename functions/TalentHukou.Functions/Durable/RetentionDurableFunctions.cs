using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for the retention job (purges ended orchestration instances) and its activity.</summary>
public static class RetentionDurableFunctions
{
    [Function(nameof(InstanceRetentionJob))]
    public static Task<int> Retention([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<InstanceRetentionJob, InstanceRetentionInput, int>(context);

    [Function(nameof(PurgeEndedInstances))]
    public static Task<int> Purge(
        [ActivityTrigger] DateTimeOffset createdBefore,
        [DurableClient] DurableTaskClient durable,
        FunctionContext context) =>
        FunctionActivityContext.RunAsync<PurgeEndedInstances, DateTimeOffset, int>(context, createdBefore, durable);

    [Function(nameof(DeleteExpiredMaterials))]
    public static Task<int> DeleteMaterials([ActivityTrigger] int max, FunctionContext context) =>
        FunctionActivityContext.RunAsync<DeleteExpiredMaterials, int, int>(context, max);

    [Function(nameof(PurgeExpiredAuditEntries))]
    public static Task<int> PurgeAudit([ActivityTrigger] int max, FunctionContext context) =>
        FunctionActivityContext.RunAsync<PurgeExpiredAuditEntries, int, int>(context, max);
}
