using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Cards.Saga.Orchestrations;

/// <summary>
/// What every part of the card saga uses: business time, steps with the plan's retries, the read model, notices.
/// </summary>
internal sealed class CardSagaContext(TaskOrchestrationContext context, CardIssuanceInput input, CardSagaPlan plan)
{
    private readonly TaskOptions steps = TaskOptions.FromRetryPolicy(
        new RetryPolicy(plan.StepAttempts, plan.StepFirstRetry, 2, TimeSpan.FromSeconds(30))
        {
            // An injected fault or a second card for the holder fails the same way on every retry: compensate at once.
            HandleFailure = failure => failure.ErrorType != typeof(CardSagaFaultInjectedException).FullName
                && failure.ErrorType != typeof(SecondCardRefusedException).FullName,
        });

    public TaskOrchestrationContext Context => context;

    /// <summary>The applicant's notices, chained after the application's last one.</summary>
    private readonly ApplicantNoticeChain notices = new(input.ApplicationId, input.NotifyAfter);

    public CardIssuanceInput Input => input;

    public CardSagaPlan Plan => plan;

    public string ApplicationId => input.ApplicationId;

    public DateTimeOffset Now => context.BusinessNow(input.Clock);

    public Task<T> Step<T>(string activity, object request) => context.CallActivityAsync<T>(activity, request, steps);

    /// <summary>
    /// A step whose failure the saga tolerates (it tries again later): false when it failed for good.
    /// </summary>
    public async Task<bool> TryStep(string activity, object request)
    {
        try
        {
            return await Step<bool>(activity, request);
        }
        catch (TaskFailedException ex)
        {
            context.CreateReplaySafeLogger<CardSagaContext>()
                .LogToleratedFailure(input.ApplicationId, input.Attempt, activity, ex.FailureDetails.ErrorType);
            return false;
        }
    }

    public Task Record(ApplicationStep step) =>
        context.CallActivityAsync(nameof(RecordApplicationStep), step, ActivityRetry.Transient);

    /// <summary>
    /// Queues a notice to the applicant. Once the card is delivered, a notice that cannot be queued must not undo it.
    /// </summary>
    public Task Notify(NotificationKind kind, string cardNumber, string @event) =>
        context.TryQueueNotificationAsync(
            notices.Next(kind, $"card-{cardNumber}/{@event}"), context.CreateReplaySafeLogger<CardSagaContext>());

    /// <summary>Waits <paramref name="delay"/> of real time on a durable timer.</summary>
    public Task Delay(TimeSpan delay) =>
        context.CreateTimer(context.CurrentUtcDateTime + delay, CancellationToken.None);

    /// <summary>
    /// Waits <paramref name="delay"/>, or less when ops raise <see cref="OrchestrationEvents.PsbRecheck"/> ("look again
    /// now"): a technical event that decides nothing, it only brings the next public-security check forward.
    /// </summary>
    public async Task DelayOrRecheck(TimeSpan delay)
    {
        using var cancel = new CancellationTokenSource();
        var timer = context.CreateTimer(context.CurrentUtcDateTime + delay, cancel.Token);
        var recheck = context.WaitForExternalEvent<System.Text.Json.JsonElement>(
            OrchestrationEvents.PsbRecheck, cancel.Token);
        await Task.WhenAny(timer, recheck);
        cancel.Cancel();
    }
}
