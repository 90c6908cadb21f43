using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>The <see cref="EmailDispatchOrchestrator"/>'s delivery attempt: one <see cref="OutboxDelivery"/> attempt.</summary>
public sealed class SendQueuedEmail(OutboxDelivery delivery) : TaskActivity<EmailDispatchInput, EmailDispatchStep>
{
    public override Task<EmailDispatchStep> RunAsync(TaskActivityContext context, EmailDispatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return delivery.AttemptAsync(input.RowKey);
    }
}
