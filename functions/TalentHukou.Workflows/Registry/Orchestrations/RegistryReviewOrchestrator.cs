using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Registry.Activities;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Registry;

namespace TalentHukou.Workflows.Registry.Orchestrations;

/// <summary>
/// One registry request's review: wait for the registry admin's decision until the SLA deadline (1 working day);
/// past it, escalate and keep waiting; then apply the decision (approved entries become searchable).
/// </summary>
public sealed class RegistryReviewOrchestrator : TaskOrchestrator<RegistryReviewInput, RegistryRequestStatus>
{
    public const string DecisionEvent = "decision";

    /// <summary>Decision events without a body (e.g. raised by hand through ops) are skipped, this many at most.</summary>
    private const int MaxMalformedDecisions = 10;

    public static string InstanceIdFor(string requestId) => "registry-" + requestId;

    public override async Task<RegistryRequestStatus> RunAsync(TaskOrchestrationContext context, RegistryReviewInput input)
    {
        var logger = context.CreateReplaySafeLogger<RegistryReviewOrchestrator>();
        var wait = await context.WaitForEventUntilAsync<RegistryDecision>(DecisionEvent, input.Clock, input.DueBy);
        var decision = wait.Value;
        if (wait.IsTimedOut)
        {
            logger.LogWarning("Registry request {RequestId} passed its deadline {DueBy:O} undecided; escalating", input.RequestId, input.DueBy);
            await context.CallActivityAsync(nameof(EscalateRegistryRequest), new EscalateRegistryRequestInput(input.RequestId, context.BusinessNow(input.Clock)), ActivityRetry.Transient);
            if (RegistryNotices.Overdue(input) is { } overdue) await context.TryQueueNotificationAsync(overdue, logger);
            decision = await context.WaitForExternalEvent<RegistryDecision>(DecisionEvent);
        }
        for (var ignored = 0; decision is null && ignored < MaxMalformedDecisions; ignored++)
        {
            logger.LogWarning("Registry request {RequestId} received a decision event without a decision; waiting for a valid one", input.RequestId);
            decision = await context.WaitForExternalEvent<RegistryDecision>(DecisionEvent);
        }
        if (decision is null) throw new InvalidOperationException($"Registry request {input.RequestId} received only malformed decisions.");
        var apply = new ApplyRegistryDecisionInput(input.RequestId, decision!, context.BusinessNow(input.Clock));
        var status = await context.CallActivityAsync<RegistryRequestStatus>(nameof(ApplyRegistryDecision), apply, ActivityRetry.Transient);
        if (RegistryNotices.Decided(input, status, decision.Reason) is { } decided) await context.TryQueueNotificationAsync(decided, logger);
        return status;
    }
}

/// <summary>
/// Which request to review, with its business clock and deadline, and who hears of it: the requester (decision) and the
/// registry admins (escalation). Instances started before these were added carry none and send no email.
/// </summary>
public sealed record RegistryReviewInput(string RequestId, ClockAnchor Clock, DateTimeOffset DueBy)
{
    public RegistryRequestType? Type { get; init; }

    public string? NotifyEmail { get; init; }

    /// <summary>The requester's masked name, when the request gave one.</summary>
    public string? NotifyName { get; init; }

    public string? AdminEmail { get; init; }
}
