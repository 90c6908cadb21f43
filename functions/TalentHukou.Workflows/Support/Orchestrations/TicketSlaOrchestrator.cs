using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Support;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Support.Activities;

namespace TalentHukou.Workflows.Support.Orchestrations;

/// <summary>
/// A ticket's life: acknowledge it to the author; wait for support's reply, reminding support before the 3-working-day
/// deadline and escalating at it; mail each reply to the author; end when support closes the ticket, or start a new
/// round (continue-as-new) when the author's follow-up reopens it.
/// </summary>
public sealed class TicketSlaOrchestrator : TaskOrchestrator<TicketSlaInput, TicketStatus>
{
    public const string UpdateEvent = "ticket-update";

    public static string InstanceIdFor(string ticketId) => "ticket-" + ticketId;

    public override async Task<TicketStatus> RunAsync(TaskOrchestrationContext context, TicketSlaInput input)
    {
        if (input.Round == 0)
            await Notify(context, TicketNotices.Received(input));
        var update = await WaitForReplyAsync(context, input);
        while (true)
        {
            if (update.Kind == TicketUpdateKind.Replied)
            {
                await Notify(context, TicketNotices.Answered(input, update.MessageId));
                if (update.Closed) return TicketStatus.Closed;
            }
            else
            {
                var next = input with
                {
                    Round = update.Round,
                    DueBy = update.DueBy!.Value,
                    RemindAt = update.RemindAt!.Value,
                };
                if (Listens(context)) next = next with { Sla = update.Sla };
                context.ContinueAsNew(next, preserveUnprocessedEvents: true);
                return TicketStatus.Open;
            }
            update = await context.WaitForExternalEvent<TicketUpdate>(UpdateEvent);
        }
    }

    /// <summary>
    /// Waits for support's reply in this round: a reminder at <c>RemindAt</c>, an escalation at <c>DueBy</c>, then
    /// without limit.
    /// </summary>
    private static async Task<TicketUpdate> WaitForReplyAsync(TaskOrchestrationContext context, TicketSlaInput input)
    {
        var logger = context.CreateReplaySafeLogger<TicketSlaOrchestrator>();
        var sla = input.Sla is { } armed && Listens(context)
            ? new StaffDeadline(armed, input.TicketId, nameof(MoveTicketDueBy))
            : null;
        var reminderLead = input.DueBy - input.RemindAt;
        var wait = sla is null
            ? await context.WaitForEventUntilAsync<TicketUpdate>(UpdateEvent, input.Clock, input.RemindAt)
            : await context.WaitForEventUntilAsync<TicketUpdate>(UpdateEvent, input.Clock, sla, reminderLead);
        if (!wait.IsTimedOut) return wait.Value!;
        input = AsMoved(input, sla);
        var step = new TicketSlaStep(input.TicketId, input.Round, input.DueBy, default);
        if (await context.CallActivityAsync<bool>(nameof(RemindTicketSupport),
                step with { At = context.BusinessNow(input.Clock) }, ActivityRetry.Transient))
            await Notify(context, TicketNotices.DueSoon(input));

        wait = sla is null
            ? await context.WaitForEventUntilAsync<TicketUpdate>(UpdateEvent, input.Clock, input.DueBy)
            : await context.WaitForEventUntilAsync<TicketUpdate>(UpdateEvent, input.Clock, sla);
        if (!wait.IsTimedOut) return wait.Value!;
        input = AsMoved(input, sla);
        step = step with { DueBy = input.DueBy };
        logger.LogWarning(
            "Support ticket {TicketId} (round {Round}) passed its deadline {DueBy:O} unanswered; escalating",
            input.TicketId, input.Round, input.DueBy);
        if (await context.CallActivityAsync<bool>(nameof(EscalateTicket),
                step with { At = context.BusinessNow(input.Clock) }, ActivityRetry.Transient))
            await Notify(context, TicketNotices.Overdue(input));
        return await context.WaitForExternalEvent<TicketUpdate>(UpdateEvent);
    }

    /// <summary>
    /// From version 2 on, the round's SLA follows a holiday notice both ways (ADR 0022); older instances keep their
    /// timers and ignore the event.
    /// </summary>
    private static bool Listens(TaskOrchestrationContext context) =>
        context.IsVersionAtLeast(OrchestrationVersions.StaffSlasFollowCalendar);

    /// <summary>The round with its deadline (and the reminder before it) as a notice left it.</summary>
    private static TicketSlaInput AsMoved(TicketSlaInput input, StaffDeadline? sla) =>
        sla is null ? input : input with { DueBy = sla.DueBy, RemindAt = sla.DueBy - (input.DueBy - input.RemindAt) };

    private static Task Notify(TaskOrchestrationContext context, NotificationRequest notice) =>
        context.QueueNotificationAsync(notice);
}
