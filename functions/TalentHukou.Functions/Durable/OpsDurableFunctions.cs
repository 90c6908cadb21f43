using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Workflows.Cases.Bulk;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for ops bulk actions (the classes the local host registers).</summary>
public static class OpsDurableFunctions
{
    [Function(nameof(OpsBulkOrchestrator))]
    public static Task<BulkProgress> Bulk([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<OpsBulkOrchestrator, BulkInput, BulkProgress>(context);

    [Function(nameof(ApplyOpsControl))]
    public static Task<string> Apply(
        [ActivityTrigger] BulkStep input, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ApplyOpsControl, BulkStep, string>(context, input, durable);
}
