using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Registry.Activities;
using TalentHukou.Workflows.Registry.Orchestrations;

namespace TalentHukou.Functions.Durable;

/// <summary>
/// Triggers for the registry's orchestrator and activities (the same classes the local host registers).
/// </summary>
public static class RegistryDurableFunctions
{
    [Function(nameof(RegistryReviewOrchestrator))]
    public static Task<RegistryRequestStatus> RegistryReview([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<RegistryReviewOrchestrator, RegistryReviewInput, RegistryRequestStatus>(context);

    [Function(nameof(EscalateRegistryRequest))]
    public static Task<bool> Escalate([ActivityTrigger] EscalateRegistryRequestInput input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<EscalateRegistryRequest, EscalateRegistryRequestInput, bool>(context, input);

    [Function(nameof(MoveRegistryDueBy))]
    public static Task<bool> MoveDueBy([ActivityTrigger] StaffDeadlineMoved input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<MoveRegistryDueBy, StaffDeadlineMoved, bool>(context, input);

    [Function(nameof(ApplyRegistryDecision))]
    public static Task<RegistryRequestStatus> ApplyDecision(
        [ActivityTrigger] ApplyRegistryDecisionInput input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ApplyRegistryDecision, ApplyRegistryDecisionInput, RegistryRequestStatus>(
            context, input);

    [Function(nameof(CheckDecision))]
    public static Task<CheckedDecision> Check([ActivityTrigger] CheckDecisionInput input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<CheckDecision, CheckDecisionInput, CheckedDecision>(context, input);
}
