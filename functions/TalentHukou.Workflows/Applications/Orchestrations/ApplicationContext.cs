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

    /// <summary>
    /// One wait for a withdrawal, opened once for the whole run and raced against every other wait: a withdrawal that
    /// arrives while nothing waits (during an activity, or the card saga) is seen at the next wait; the run ends without
    /// reading one that arrives after the last wait (the withdraw route refuses once the card saga has started).
    /// </summary>
    private Task<WithdrawalRequest>? withdrawal;

    private Task<WithdrawalRequest> Withdrawal =>
        withdrawal ??= context.WaitForExternalEvent<WithdrawalRequest>(ApplicationEvents.Withdraw);

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
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-waiting") { Quiet = true, Waiting = new StepDue(step, Now, dueBy) });
        var first = await WaitFor<T>(eventName, dueBy);
        if (!first.IsTimedOut) return first.Value!;
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-escalated") { EscalatedStep = step, Note = $"due {dueBy:O}" });
        return (await WaitFor<T>(eventName, null)).Value!;
    }

    /// <summary>
    /// The first <typeparamref name="T"/> event named <paramref name="eventName"/> before the business deadline (none: no
    /// deadline), or a timeout; throws <see cref="ApplicationWithdrawnException"/> when the applicant withdraws first.
    /// </summary>
    public async Task<EventOrTimeout<T>> WaitFor<T>(string eventName, DateTimeOffset? deadline)
    {
        var due = deadline is null ? (DateTime?)null : input.Clock.ToReal(deadline.Value).UtcDateTime;
        if (Withdrawal.IsCompleted) throw new ApplicationWithdrawnException(await Withdrawal);
        if (context.CurrentUtcDateTime >= due) return EventOrTimeout<T>.TimedOut;
        using var cancel = new CancellationTokenSource();
        var received = context.WaitForExternalEvent<T>(eventName, cancel.Token);
        while (due is null || context.CurrentUtcDateTime < due)
        {
            Task[] racing = due is null ? [received, Withdrawal] : [received, Withdrawal, context.CreateTimer(due.Value, cancel.Token)];
            var first = await Task.WhenAny(racing);
            if (first == received)
            {
                cancel.Cancel();
                return EventOrTimeout<T>.Received(await received);
            }
            if (first == Withdrawal)
            {
                cancel.Cancel();
                throw new ApplicationWithdrawnException(await Withdrawal);
            }
        }
        cancel.Cancel();
        return EventOrTimeout<T>.TimedOut;
    }


    public async Task<ApplicationStage> Close(ApplicationStage stage, string @event, string reason)
    {
        await Record(new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Reason = reason, Note = reason });
        return stage;
    }
}
