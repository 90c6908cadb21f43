using System.Text.Json;
using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

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

    /// <summary>
    /// Waits for a checked decision of <paramref name="kind"/>; past the escalation deadline the step is marked
    /// escalated and the wait goes on. Signals without a valid decision are ignored.
    /// </summary>
    public async Task<CheckedDecision> AwaitDecision(string eventName, string step, string kind, string? waitKey = null)
    {
        var key = waitKey ?? step;
        var dueBy = (await DueBy(input.Policy.ReviewEscalationWorkingDays)).DueBy;
        if (await DecisionUntil(eventName, dueBy, key, kind) is { } first) return first;
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-escalated") { EscalatedStep = step, Note = $"due {dueBy:O}" });
        for (var ignored = 0; ignored < DecisionSignals.MaxIgnored; ignored++)
        {
            var signal = await context.WaitForExternalEvent<JsonElement>(eventName);
            if (await context.CheckAsync(signal, eventName, input.ApplicationId, key, kind) is { } decision) return decision;
        }
        throw DecisionSignals.TooManyIgnored(input.ApplicationId, eventName);
    }

    /// <summary>The first checked decision of <paramref name="kind"/> before the business deadline, or null at the deadline.</summary>
    public async Task<CheckedDecision?> DecisionUntil(string eventName, DateTimeOffset deadline, string waitKey, string kind)
    {
        for (var ignored = 0; ignored < DecisionSignals.MaxIgnored; ignored++)
        {
            var next = await context.WaitForEventUntilAsync<JsonElement>(eventName, input.Clock, deadline);
            if (next.IsTimedOut) return null;
            if (await context.CheckAsync(next.Value, eventName, input.ApplicationId, waitKey, kind) is { } decision) return decision;
        }
        throw DecisionSignals.TooManyIgnored(input.ApplicationId, eventName);
    }

    /// <summary>A unit or HRSS review, by whoever the checked decision says took it.</summary>
    public async Task<ReviewDecision> AwaitReview(string eventName, string step, string kind)
    {
        var decision = await AwaitDecision(eventName, step, kind);
        var review = decision.Payload<ReviewPayload>();
        return new ReviewDecision(review.Approve, review.Reason, decision.By!);
    }

    public async Task<ApplicationStage> Close(ApplicationStage stage, string @event, string reason)
    {
        await Record(new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Reason = reason, Note = reason });
        return stage;
    }
}
