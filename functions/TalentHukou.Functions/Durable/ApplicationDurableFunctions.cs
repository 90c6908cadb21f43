using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Processes;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for the application orchestrator, the unstarted-application sweep and their activities.</summary>
public static class ApplicationDurableFunctions
{
    [Function(nameof(ApplicationOrchestrator))]
    public static Task<ApplicationStage> Application([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<ApplicationOrchestrator, ApplicationWorkflowInput, ApplicationStage>(context);

    [Function(nameof(ApplyApplicationProgress))]
    public static Task<bool> ApplyProgress(
        [ActivityTrigger] ApplicationProgress input,
        [DurableClient] DurableTaskClient durable,
        FunctionContext context) =>
        FunctionActivityContext.RunAsync<ApplyApplicationProgress, ApplicationProgress, bool>(context, input, durable);

    [Function(nameof(RecordApplicationStep))]
    public static Task<bool> RecordStep([ActivityTrigger] ApplicationStep input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<RecordApplicationStep, ApplicationStep, bool>(context, input);

    [Function(nameof(ComputeDueBy))]
    public static Task<DueByAnswer> DueBy([ActivityTrigger] DueByRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ComputeDueBy, DueByRequest, DueByAnswer>(context, input);

    [Function(nameof(UnstartedProcessSweep))]
    public static Task<int> UnstartedSweep([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<UnstartedProcessSweep, UnstartedProcessSweepInput, int>(context);

    [Function(nameof(StartUnstartedProcesses))]
    public static Task<int> StartUnstarted(
        [ActivityTrigger] DateTimeOffset writtenBefore,
        [DurableClient] DurableTaskClient durable,
        FunctionContext context) =>
        FunctionActivityContext.RunAsync<StartUnstartedProcesses, DateTimeOffset, int>(context, writtenBefore, durable);

    [Function(nameof(CheckSmartEligibility))]
    public static Task<IReadOnlyList<string>> Eligibility(
        [ActivityTrigger] EligibilityRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<CheckSmartEligibility, EligibilityRequest, IReadOnlyList<string>>(
            context, input);

    [Function(nameof(ReadResumePoint))]
    public static Task<ResumePoint> ResumePoint([ActivityTrigger] string applicationId, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ReadResumePoint, string, ResumePoint>(context, applicationId);

    [Function(nameof(ClosePublicity))]
    public static Task<IReadOnlyList<string>> EndPublicity(
        [ActivityTrigger] ApplicationStep ended, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ClosePublicity, ApplicationStep, IReadOnlyList<string>>(context, ended);
}
