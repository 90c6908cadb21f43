using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TalentHukou.Workflows.Privacy;

namespace TalentHukou.Functions.Durable;

/// <summary>
/// Triggers for the personal-data key rotation and its activities (the classes the local host registers).
/// </summary>
public static class PrivacyDurableFunctions
{
    [Function(nameof(PersonalDataKeyRotation))]
    public static Task<KeyRotationResult?> Rotation([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<PersonalDataKeyRotation, KeyRotationInput, KeyRotationResult?>(context);

    [Function(nameof(ReprotectApplications))]
    public static Task<KeyRotationPageResult> Applications(
        [ActivityTrigger] KeyRotationPage input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ReprotectApplications, KeyRotationPage, KeyRotationPageResult>(
            context, input);

    [Function(nameof(ReprotectSupportTickets))]
    public static Task<KeyRotationPageResult> Tickets(
        [ActivityTrigger] KeyRotationPage input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ReprotectSupportTickets, KeyRotationPage, KeyRotationPageResult>(
            context, input);
}
