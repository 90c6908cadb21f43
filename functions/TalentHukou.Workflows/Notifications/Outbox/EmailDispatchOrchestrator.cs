using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Delivers one outbox row: runs <see cref="SendQueuedEmail"/> until the row is sent or failed for good, waiting on a
/// durable timer until the retry time the activity chose (backoff, the provider's Retry-After, the give-up bound).
/// One instance per row (<see cref="InstanceIdFor"/>), so a second start for the same event is refused. Each retry
/// continues as new, keeping the history short however long an outage lasts.
/// </summary>
public sealed class EmailDispatchOrchestrator : TaskOrchestrator<EmailDispatchInput, string>
{
    /// <summary>
    /// Wait after the activity failed even with its own retries (storage unreachable): the row is safe meanwhile.
    /// </summary>
    private static readonly TimeSpan AfterActivityFailure = TimeSpan.FromMinutes(5);

    private const int MaxActivityFailures = 12;

    public static string InstanceIdFor(string rowKey) => "email-" + rowKey;

    public override async Task<string> RunAsync(TaskOrchestrationContext context, EmailDispatchInput input)
    {
        var logger = context.CreateReplaySafeLogger<EmailDispatchOrchestrator>();
        if (input.NotBefore is { } notBefore)
        {
            while (context.CurrentUtcDateTime < notBefore.UtcDateTime)
                await context.CreateTimer(notBefore.UtcDateTime, CancellationToken.None);
        }
        EmailDispatchStep step;
        try
        {
            step = await context.CallActivityAsync<EmailDispatchStep>(
                nameof(SendQueuedEmail), input, ActivityRetry.Transient);
        }
        catch (TaskFailedException e) when (input.ActivityFailures < MaxActivityFailures)
        {
            logger.LogWarning("Email {RowKey}: the send activity failed ({Error}); trying again in {Delay}",
                input.RowKey, e.FailureDetails.ErrorMessage, AfterActivityFailure);
            await context.CreateTimer(AfterActivityFailure, CancellationToken.None);
            context.ContinueAsNew(input with { ActivityFailures = input.ActivityFailures + 1, NotBefore = null });
            return OutboxStatus.Queued;
        }

        if (step.RetryAt is not { } retryAt) return step.Status;
        context.SetCustomStatus(step);
        while (context.CurrentUtcDateTime < retryAt.UtcDateTime)
            await context.CreateTimer(retryAt.UtcDateTime, CancellationToken.None); // again if the timer fired early
        context.ContinueAsNew(input with { ActivityFailures = 0, NotBefore = null });
        return step.Status;
    }
}

/// <summary>
/// Which outbox row to deliver; <see cref="ActivityFailures"/> counts consecutive failed runs of the activity.
/// </summary>
public sealed record EmailDispatchInput(string RowKey, int ActivityFailures = 0)
{
    /// <summary>
    /// No attempt before this time: the retry time chosen by the attempt made when the row was queued.
    /// </summary>
    public DateTimeOffset? NotBefore { get; init; }
}

/// <summary>
/// What one run of <see cref="SendQueuedEmail"/> left: the row's status and, while it is not final, when to run again.
/// </summary>
public sealed record EmailDispatchStep(string Status, DateTimeOffset? RetryAt)
{
    public static EmailDispatchStep Done(string status) => new(status, null);

    public static EmailDispatchStep Retry(string status, DateTimeOffset at) => new(status, at);
}
