using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Activities;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Cards.Saga.Orchestrations;

/// <summary>
/// The card saga (seed Q6, Q7): reserve a unique number, sign the card, render and store its PDF, record it, deliver it
/// (card-issued, 出卡通知), then make sure public security has it (<see cref="PsbSyncMonitor"/>). A step that fails for
/// good before delivery compensates every earlier step and the saga answers "not issued" with the reason.
/// </summary>
public sealed class CardIssuanceOrchestrator : TaskOrchestrator<CardIssuanceInput, CardIssuanceResult>
{
    public override async Task<CardIssuanceResult> RunAsync(TaskOrchestrationContext context, CardIssuanceInput input)
    {
        var issuedAt = context.BusinessNow(input.Clock);
        var plan = await context.CallActivityAsync<CardSagaPlan>(nameof(BeginCardIssuance),
            new ApplicationStep(input.ApplicationId, issuedAt, $"card-issuing-{input.Attempt}")
            {
                Stage = ApplicationStage.CardIssuing,
            },
            ActivityRetry.Transient);
        var saga = new CardSagaContext(context, input, plan);
        var logger = context.CreateReplaySafeLogger<CardIssuanceOrchestrator>();

        var step = CardSagaSteps.Reserve;
        string number;
        try
        {
            context.SetCustomStatus(new { step = "issuing" });
            var today = ChinaTime.DateOf(issuedAt);
            number = await saga.Step<string>(
                nameof(ReserveCardNumber), new CardNumberRequest(input.ApplicationId, input.Attempt, today.Year));
            step = CardSagaSteps.Sign;
            var signature = await saga.Step<CardSignature>(nameof(SignCard),
                new SignCardRequest(input.ApplicationId, number, issuedAt, today.AddMonths(plan.ValidityMonths)));
            step = $"{CardSagaSteps.Render}/{CardSagaSteps.Store}";
            var blobName = await saga.Step<string>(
                nameof(StoreCardPdf), new StoreCardPdfRequest(input.ApplicationId, signature));
            step = CardSagaSteps.Record;
            var issued = new ApplicationStep(input.ApplicationId, saga.Now, $"card-issued-{input.Attempt}")
            {
                Stage = ApplicationStage.CardIssued,
                Card = new CardInfo(number, signature.Payload.IssuedAt, Downloadable: true),
                PsbCheck = PsbCheckStatus.Pending,
                Note = Masking.CardNumber(number),
            };
            await saga.Step<bool>(nameof(RecordIssuedCard),
                new IssuedCard(new CardRecord(input.ApplicationId, input.Attempt, signature, blobName), issued));
        }
        catch (TaskFailedException ex)
        {
            logger.LogStepFailed(input.ApplicationId, input.Attempt, step, ex.FailureDetails.ErrorType);
            var reason = $"Card issuance failed at step '{step}' ({ex.FailureDetails.ErrorType}); "
                + "everything it wrote was rolled back.";
            await context.CallActivityAsync<string?>(nameof(CompensateCardIssuance),
                new CardCompensation(input.ApplicationId, input.Attempt, reason), CompensationRetry);
            context.SetCustomStatus(new { step = "compensated" });
            return new CardIssuanceResult(false, null, ApplicationStage.AwaitingCard, reason);
        }

        logger.LogIssued(Masking.CardNumber(number), input.ApplicationId, input.Attempt);
        // The notice goes out alongside the registration with public security (one episode for both).
        var notified = saga.Notify(NotificationKind.CardIssued, number, "issued");
        try
        {
            var finalStage = await PsbSyncMonitor.RunAsync(saga, number, notified);
            context.SetCustomStatus(new { step = "done", stage = StageNames.Wire(finalStage) });
            return new CardIssuanceResult(true, number, finalStage, null);
        }
        catch (TaskFailedException ex)
        {
            // The card is delivered: nothing after this point may undo it, even if the read model could not be updated.
            logger.LogStepFailed(input.ApplicationId, input.Attempt, "psb-sync", ex.FailureDetails.ErrorType);
            return new CardIssuanceResult(true, number, ApplicationStage.CardIssued,
                $"The public-security sync stopped ({ex.FailureDetails.ErrorType}).");
        }
    }

    /// <summary>Compensation must get through: more attempts, up to a minute apart.</summary>
    private static readonly TaskOptions CompensationRetry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(
            maxNumberOfAttempts: 10,
            firstRetryInterval: TimeSpan.FromSeconds(1),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1)));
}
