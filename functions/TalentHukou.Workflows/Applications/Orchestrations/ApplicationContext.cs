using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>The steps every part of an application's orchestration uses: record a step, email the applicant, compute deadlines.</summary>
internal sealed class ApplicationContext(TaskOrchestrationContext context, ApplicationWorkflowInput input)
{
    public TaskOrchestrationContext Context => context;

    private readonly ApplicantNoticeChain notices = new(input.ApplicationId, input.Notice.Email, input.Notice.Name);

    /// <summary>The event key of the last email queued, which the next one waits for (the card saga's first among them).</summary>
    public string? LastNotice => notices.Last;

    public ApplicationWorkflowInput Input => input;

    public DateTimeOffset Now => context.BusinessNow(input.Clock);

    public Task Record(string @event, ApplicationStage? stage = null, string? note = null) =>
        Record(new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Note = note });

    public Task Record(ApplicationStep step) => context.CallActivityAsync(nameof(RecordApplicationStep), step, ActivityRetry.Transient);

    public Task Notify(NotificationKind kind, string eventKey, params (string Key, string Value)[] values) =>
        context.QueueNotificationAsync(notices.Next(kind, eventKey, values));

    public Task<DueByAnswer> DueBy(int workingDays, bool period = false) =>
        context.CallActivityAsync<DueByAnswer>(nameof(ComputeDueBy), new DueByRequest(Now, workingDays, period), ActivityRetry.Transient);

    /// <summary>Waits for a decision; past the escalation deadline the step is marked escalated and the wait goes on.</summary>
    public async Task<T> AwaitWithEscalation<T>(string eventName, string step)
    {
        var dueBy = (await DueBy(input.Policy.ReviewEscalationWorkingDays)).DueBy;
        var first = await context.WaitForEventUntilAsync<T>(eventName, input.Clock, dueBy);
        if (!first.IsTimedOut) return first.Value!;
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-escalated") { EscalatedStep = step, Note = $"due {dueBy:O}" });
        return await context.WaitForExternalEvent<T>(eventName);
    }

    public async Task<ApplicationStage> Close(ApplicationStage stage, string @event, string reason)
    {
        await Record(new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Reason = reason, Note = reason });
        return stage;
    }
}
