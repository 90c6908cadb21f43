using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for the email outbox's orchestrator and activities.</summary>
public static class NotificationDurableFunctions
{
    [Function(nameof(QueueNotification))]
    public static Task<bool> Queue(
        [ActivityTrigger] NotificationRequest input,
        [DurableClient] DurableTaskClient durable,
        FunctionContext context) =>
        FunctionActivityContext.RunAsync<QueueNotification, NotificationRequest, bool>(context, input, durable);

    [Function(nameof(EmailDispatchOrchestrator))]
    public static Task<string> EmailDispatch([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<EmailDispatchOrchestrator, EmailDispatchInput, string>(context);

    [Function(nameof(SendQueuedEmail))]
    public static Task<EmailDispatchStep> Send(
        [ActivityTrigger] EmailDispatchInput input,
        [DurableClient] DurableTaskClient durable,
        FunctionContext context) =>
        FunctionActivityContext.RunAsync<SendQueuedEmail, EmailDispatchInput, EmailDispatchStep>(
            context, input, durable);
}
