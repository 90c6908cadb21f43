using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Registry.Activities;

namespace TalentHukou.Workflows.Registry.Orchestrations;

/// <summary>
/// One registry request's review: wait for the registry admin's decision until the SLA deadline (1 working day);
/// past it, escalate and keep waiting; then apply the decision (approved entries become searchable).
/// </summary>
public sealed class RegistryReviewOrchestrator : TaskOrchestrator<RegistryReviewInput, RegistryRequestStatus>
{
    public const string DecisionEvent = "decision";

    public static string InstanceIdFor(string requestId) => "registry-" + requestId;

    public override async Task<RegistryRequestStatus> RunAsync(
        TaskOrchestrationContext context, RegistryReviewInput input)
    {
        var logger = context.CreateReplaySafeLogger<RegistryReviewOrchestrator>();
        var received = 0;
        CheckedDecision? decision = null;
        var timedOut = false;
        var sla = Sla(context, input);
        while (decision is null && received < DecisionSignals.MaxIgnored)
        {
            var wait = sla is null
                ? await context.WaitForEventUntilAsync<JsonElement>(DecisionEvent, input.Clock, input.DueBy)
                : await context.WaitForEventUntilAsync<JsonElement>(DecisionEvent, input.Clock, sla);
            timedOut = wait.IsTimedOut;
            if (timedOut) break;
            decision = await context.CheckAsync(wait.Value, DecisionEvent, input.RequestId, $"decision-{received++}",
                DecisionKinds.RegistryDecision);
        }
        if (timedOut)
        {
            input = input with { DueBy = sla?.DueBy ?? input.DueBy };
            logger.LogWarning("Registry request {RequestId} passed its deadline {DueBy:O} undecided; escalating",
                input.RequestId, input.DueBy);
            await context.CallActivityAsync(nameof(EscalateRegistryRequest),
                new EscalateRegistryRequestInput(input.RequestId, context.BusinessNow(input.Clock)),
                ActivityRetry.Transient);
            if (RegistryNotices.Overdue(input) is { } overdue) await context.TryQueueNotificationAsync(overdue, logger);
        }
        while (decision is null && received < 2 * DecisionSignals.MaxIgnored)
        {
            var signal = await context.WaitForExternalEvent<JsonElement>(DecisionEvent);
            decision = await context.CheckAsync(signal, DecisionEvent, input.RequestId, $"decision-{received++}",
                DecisionKinds.RegistryDecision);
        }
        if (decision is null) throw DecisionSignals.TooManyIgnored(input.RequestId, DecisionEvent);
        var review = decision.Payload<ReviewPayload>();
        var apply = new ApplyRegistryDecisionInput(input.RequestId,
            new RegistryDecision(review.Approve, review.Reason, decision.By!), context.BusinessNow(input.Clock));
        var status = await context.CallActivityAsync<RegistryRequestStatus>(
            nameof(ApplyRegistryDecision), apply, ActivityRetry.Transient);
        if (RegistryNotices.Decided(input, status, review.Reason) is { } decided)
            await context.TryQueueNotificationAsync(decided, logger);
        return status;
    }

    /// <summary>
    /// From version 2 on, the SLA a holiday notice may move (ADR 0022); null for older instances (they keep their timer
    /// and ignore the event) and for inputs without an armed SLA.
    /// </summary>
    private static StaffDeadline? Sla(TaskOrchestrationContext context, RegistryReviewInput input) =>
        input.Sla is { } armed && context.IsVersionAtLeast(OrchestrationVersions.StaffSlasFollowCalendar)
            ? new StaffDeadline(armed, input.RequestId, nameof(MoveRegistryDueBy))
            : null;
}

/// <summary>
/// Which request to review, with its business clock and deadline, and who hears of it: the requester (decision) and the
/// registry admins (escalation). Instances started before these were added carry none and send no email.
/// </summary>
public sealed record RegistryReviewInput(string RequestId, ClockAnchor Clock, DateTimeOffset DueBy)
{
    public RegistryRequestType? Type { get; init; }

    /// <summary>
    /// Whether the requester left an address for the decision notice (looked up by request id when sent).
    /// </summary>
    public bool NotifyRequester { get; init; }

    /// <summary>The SLA as armed at filing (version 2 on): what a holiday notice recomputes.</summary>
    public ArmedDeadline? Sla { get; init; }
}
