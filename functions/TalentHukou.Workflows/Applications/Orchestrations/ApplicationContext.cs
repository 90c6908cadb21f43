using System.Text.Json;
using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// The steps every part of an application's orchestration uses: record a step, email the applicant, compute deadlines.
/// </summary>
/// <remarks>
/// A resumed process (<paramref name="resumeKey"/> set) claims decisions under wait keys of its own, so the waits of
/// the run it replaces, whose keys may be claimed already, do not refuse the decisions it waits for.
/// </remarks>
internal sealed class ApplicationContext(
    TaskOrchestrationContext context, ApplicationWorkflowInput input, string? resumeKey = null)
{
    public TaskOrchestrationContext Context => context;

    private readonly ApplicantNoticeChain notices = new(input.ApplicationId);

    /// <summary>Steps and notices not yet applied (see <see cref="Flush"/>).</summary>
    private readonly List<ProgressItem> pending = [];

    /// <summary>
    /// One wait for a withdrawal, opened once for the whole run and raced against every other wait: a withdrawal that
    /// arrives while nothing waits (during an activity, or the card saga) is seen at the next wait; the run ends
    /// without reading one that arrives after the last wait (the withdraw route refuses once the card saga has
    /// started). A signal that names no valid withdrawal decision is ignored and the wait opened again.
    /// </summary>
    private Task<JsonElement>? withdrawal;

    private int ignoredWithdrawals;

    private Task<JsonElement> Withdrawal =>
        withdrawal ??= context.WaitForExternalEvent<JsonElement>(ApplicationEvents.Withdraw);

    /// <summary>
    /// The event key of the last email queued, which the next one waits for (the card saga's first among them).
    /// </summary>
    public string? LastNotice => notices.Last;

    public ApplicationWorkflowInput Input => input;

    public DateTimeOffset Now => context.BusinessNow(input.Clock);

    public Task Record(string @event, ApplicationStage? stage = null, string? note = null) =>
        Record(new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Note = note });

    /// <summary>Records a step; it reaches the read model with the next <see cref="Flush"/>.</summary>
    public Task Record(ApplicationStep step)
    {
        pending.Add(new ProgressItem(step, null));
        return Task.CompletedTask;
    }

    /// <summary>Emails the applicant; the notice is queued with the next <see cref="Flush"/>.</summary>
    public Task Notify(NotificationKind kind, string eventKey, params (string Key, string Value)[] values)
    {
        pending.Add(new ProgressItem(null, notices.Next(kind, eventKey, values)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Applies the steps and notices since the last flush in one activity, in order. Runs before every wait (so the
    /// read model shows where the process waits before anyone can act on it), before the card saga and at the end.
    /// </summary>
    public async Task Flush()
    {
        if (pending.Count == 0) return;
        var items = pending.ToList();
        pending.Clear();
        await context.CallActivityAsync(nameof(ApplyApplicationProgress),
            new ApplicationProgress(input.ApplicationId, items), ActivityRetry.Transient);
    }

    public Task<DueByAnswer> DueBy(int workingDays, bool period = false) =>
        context.CallActivityAsync<DueByAnswer>(
            nameof(ComputeDueBy), new DueByRequest(Now, workingDays, period), ActivityRetry.Transient);

    /// <summary>
    /// Waits for a checked decision of <paramref name="kind"/>; past the escalation deadline the step is marked
    /// escalated and the wait goes on. Signals without a valid decision are ignored.
    /// </summary>
    public Task<CheckedDecision> AwaitDecision(string eventName, string step, string kind, string? waitKey = null) =>
        AwaitAnyDecision(eventName, step, waitKey ?? step, [kind]);

    /// <summary>
    /// As above, for a step that takes a decision of any of <paramref name="kinds"/> (a review or a return).
    /// </summary>
    public async Task<CheckedDecision> AwaitAnyDecision(
        string eventName, string step, string key, params string[] kinds)
    {
        var deadline = await Arm(DeadlineKinds.ReviewSla, input.Policy.ReviewEscalationWorkingDays, step);
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-waiting")
        {
            Quiet = true,
            Waiting = deadline.Waiting,
        });
        if (await DecisionUntil(eventName, deadline, key, kinds) is { } first) return first;
        await Record(new ApplicationStep(input.ApplicationId, Now, $"{step}-escalated")
        {
            EscalatedStep = step,
            Note = $"due {deadline.DueBy:O}",
        });
        return (await DecisionUntil(eventName, (DateTimeOffset?)null, key, kinds))!;
    }

    /// <summary>
    /// The first checked decision of <paramref name="kind"/> before the business deadline (none: no deadline), or null
    /// at the deadline; throws <see cref="ApplicationWithdrawnException"/> when the applicant withdraws first.
    /// </summary>
    public Task<CheckedDecision?> DecisionUntil(
        string eventName, DateTimeOffset? deadline, string waitKey, params string[] kinds) =>
        DecisionUntil(eventName, () => WaitFor<JsonElement>(eventName, deadline), waitKey, kinds);

    /// <summary>As above, until a deadline a holiday notice may move.</summary>
    public Task<CheckedDecision?> DecisionUntil(
        string eventName, RearmableDeadline deadline, string waitKey, params string[] kinds) =>
        DecisionUntil(eventName, () => WaitFor<JsonElement>(eventName, deadline), waitKey, kinds);

    private async Task<CheckedDecision?> DecisionUntil(
        string eventName, Func<Task<EventOrTimeout<JsonElement>>> wait, string waitKey, string[] kinds)
    {
        for (var ignored = 0; ignored < DecisionSignals.MaxIgnored; ignored++)
        {
            var next = await wait();
            if (next.IsTimedOut) return null;
            if (await Check(next.Value, eventName, waitKey, kinds) is { } decision) return decision;
        }
        throw DecisionSignals.TooManyIgnored(input.ApplicationId, eventName);
    }

    /// <summary>
    /// The first <typeparamref name="T"/> event named <paramref name="eventName"/> before the business deadline (none:
    /// no deadline), or a timeout; throws <see cref="ApplicationWithdrawnException"/> when the applicant withdraws
    /// first.
    /// </summary>
    public Task<EventOrTimeout<T>> WaitFor<T>(string eventName, DateTimeOffset? deadline) =>
        WaitFor<T>(eventName, null, deadline);

    /// <summary>
    /// As above, until a deadline a holiday notice may move: from version 2 on, a <see cref="CalendarChange"/> event
    /// recomputes it (<see cref="RearmDeadline"/>), records a move, and the wait goes on to the deadline as it stands.
    /// </summary>
    public Task<EventOrTimeout<T>> WaitFor<T>(string eventName, RearmableDeadline deadline) =>
        WaitFor<T>(eventName, deadline, deadline.DueBy);

    private async Task<EventOrTimeout<T>> WaitFor<T>(
        string eventName, RearmableDeadline? rearmable, DateTimeOffset? deadline)
    {
        await Flush();
        DateTime? Due() => (rearmable?.DueBy ?? deadline) is { } d ? input.Clock.ToReal(d).UtcDateTime : null;
        while (Withdrawal.IsCompleted) await CheckWithdrawal();
        if (context.CurrentUtcDateTime >= Due()) return EventOrTimeout<T>.TimedOut;
        using var cancel = new CancellationTokenSource();
        var received = context.WaitForExternalEvent<T>(eventName, cancel.Token);
        var listens = rearmable is not null && context.IsVersionAtLeast(OrchestrationVersions.DeadlinesFollowCalendar);
        var calendar = listens
            ? context.WaitForExternalEvent<CalendarChange>(CalendarChange.EventName, cancel.Token)
            : null;
        if (listens) context.SetCustomStatus(rearmable!.Armed);
        while (Due() is not { } due || context.CurrentUtcDateTime < due)
        {
            List<Task> racing = [received, Withdrawal];
            if (Due() is { } timer) racing.Add(context.CreateTimer(timer, cancel.Token));
            if (calendar is not null) racing.Add(calendar);
            var first = await Task.WhenAny(racing);
            if (first == received)
            {
                cancel.Cancel();
                if (listens) context.SetCustomStatus(null);
                return EventOrTimeout<T>.Received(await received);
            }
            if (first == Withdrawal) await CheckWithdrawal();
            if (first == calendar)
            {
                await Rearm(rearmable!, await calendar);
                calendar = context.WaitForExternalEvent<CalendarChange>(CalendarChange.EventName, cancel.Token);
            }
        }
        cancel.Cancel();
        if (listens) context.SetCustomStatus(null);
        return EventOrTimeout<T>.TimedOut;
    }

    /// <summary>
    /// Recomputes the deadline under the notice's calendar; records a move, and e-mails a publicity end moved.
    /// </summary>
    private async Task Rearm(RearmableDeadline deadline, CalendarChange change)
    {
        var shifted = await context.CallActivityAsync<ShiftedDeadline>(nameof(RearmDeadline),
            new RearmRequest(deadline.Armed, change, Now), ActivityRetry.Transient);
        if (deadline.Take(shifted, input.ApplicationId, Now, change.Reference) is { } moved)
        {
            await Record(moved);
            if (deadline.Period is { } period && moved.Publicity is not null)
                await Notify(NotificationKind.PublicityEndMoved, $"publicity-end-moved-{period.End:yyyyMMdd}",
                    ("PublicityEndDate", period.End.ToString("yyyy-MM-dd")), ("NoticeReference", change.Reference));
            await Flush();
        }
        context.SetCustomStatus(deadline.Armed);
    }

    /// <summary>
    /// Computes a deadline of <paramref name="kind"/>, <paramref name="workingDays"/> working days from now, that a
    /// notice may move; with <paramref name="waitingStep"/>, the record shows the step waiting until it.
    /// </summary>
    public async Task<RearmableDeadline> Arm(string kind, int workingDays, string? waitingStep = null)
    {
        var from = Now;
        var answer = await DueBy(workingDays, period: kind == DeadlineKinds.Publicity);
        var armed = new ArmedDeadline(kind, from, workingDays, answer.DueBy, answer.CalendarVersion ?? "");
        return new RearmableDeadline(armed, answer.Period,
            waitingStep is null ? null : new StepDue(waitingStep, Now, answer.DueBy));
    }

    /// <summary>
    /// Throws for a checked withdrawal; otherwise ignores the signal and opens the withdrawal wait again.
    /// </summary>
    private async Task CheckWithdrawal()
    {
        var signal = await Withdrawal;
        withdrawal = null;
        if (await Check(signal, ApplicationEvents.Withdraw, DecisionKinds.Withdrawal, DecisionKinds.Withdrawal)
                is { } decision)
            throw new ApplicationWithdrawnException(
                new WithdrawalRequest(decision.By!, decision.Payload<WithdrawalPayload>().Reason));
        if (++ignoredWithdrawals >= DecisionSignals.MaxIgnored)
            throw DecisionSignals.TooManyIgnored(input.ApplicationId, ApplicationEvents.Withdraw);
    }

    /// <summary>
    /// The checked decision a signal names, claimed for <paramref name="waitKey"/> (see the remarks).
    /// </summary>
    public Task<CheckedDecision?> Check(JsonElement signal, string eventName, string waitKey, params string[] kinds) =>
        context.CheckAsync(
            signal, eventName, input.ApplicationId, resumeKey is null ? waitKey : $"{resumeKey}/{waitKey}", kinds);

    public async Task<ApplicationStage> Close(ApplicationStage stage, string @event, string reason)
    {
        await Record(
            new ApplicationStep(input.ApplicationId, Now, @event) { Stage = stage, Reason = reason, Note = reason });
        return stage;
    }
}
