using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Decisions;
using TalentHukou.Workflows.Decisions.Activities;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Applications.Orchestrations;

/// <summary>
/// After publicity: wait for the card office (manual) or the applicant's e-signature (smart), then run the card
/// saga. A saga that fails compensates itself and the application waits for the card again.
/// </summary>
internal static class CardStep
{
    /// <summary>After this many failed sagas the application stays awaiting the card for ops to look at.</summary>
    public const int MaxAttempts = 20;

    /// <summary>
    /// Runs attempts from <paramref name="firstAttempt"/> (a resumed process goes on after the attempts made).
    /// </summary>
    public static async Task<ApplicationStage> RunAsync(ApplicationContext app, int firstAttempt = 1)
    {
        for (var attempt = firstAttempt; attempt < firstAttempt + MaxAttempts; attempt++)
        {
            var request = app.Input.Mode == ApprovalMode.Manual
                ? await AwaitCardOffice(app, attempt)
                : await AwaitSignature(app, attempt);
            if (request is null)
                return await app.Close(ApplicationStage.Withdrawn, "card-generation-expired", "申请人未在规定期限内生成入户卡");

            if (request.SignedName is not null)
            {
                await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, $"e-signed-{attempt}")
                {
                    Signature = new ESignature(request.SignedName, app.Now, request.By),
                });
            }
            var input = new CardIssuanceInput(
                app.Input.ApplicationId, app.Input.Mode, request.By, app.Input.Clock, attempt)
            {
                NotifyAfter = app.LastNotice,
            };
            var options = new SubOrchestrationOptions
            {
                InstanceId = CardSaga.InstanceIdFor(app.Input.ApplicationId, attempt),
                Version = OrchestrationVersions.For(CardSaga.OrchestratorName),
            };
            var result = await TryIssue(app, input, options);
            if (result.Issued) return result.FinalStage;
            await app.Record($"card-attempt-{attempt}-failed", ApplicationStage.AwaitingCard, result.Reason);
        }
        await app.Record("card-attempts-exhausted", ApplicationStage.AwaitingCard,
            "Card issuance failed repeatedly; ops must investigate.");
        return ApplicationStage.AwaitingCard;
    }

    private static async Task<CardIssuanceResult> TryIssue(
        ApplicationContext app, CardIssuanceInput input, SubOrchestrationOptions options)
    {
        // The saga's notices follow the application's last one, and its steps the e-signature: both applied first.
        await app.Flush();
        try
        {
            return await app.Context.CallSubOrchestratorAsync<CardIssuanceResult>(
                CardSaga.OrchestratorName, input, options);
        }
        catch (TaskFailedException ex)
        {
            return new CardIssuanceResult(false, null, ApplicationStage.AwaitingCard, ex.FailureDetails.ErrorMessage);
        }
    }

    private static CardRequest Signature(CheckedDecision signed) =>
        new(signed.By!, signed.Payload<CardPayload>().SignedName ?? "");

    private static async Task<CardRequest?> AwaitCardOffice(ApplicationContext app, int attempt)
    {
        await app.Record("awaiting-card-office", ApplicationStage.AwaitingCard);
        var order = await app.AwaitDecision(
            ApplicationEvents.CardIssue, EscalationSteps.CardOffice, DecisionKinds.CardIssue, $"card-issue-{attempt}");
        return new CardRequest(order.By!, null);
    }

    /// <summary>
    /// Smart path: the applicant generates the card with an e-signature before the deadline, reminded once.
    /// </summary>
    private static async Task<CardRequest?> AwaitSignature(ApplicationContext app, int attempt)
    {
        var policy = app.Input.Policy;
        var deadline = app.Now.AddDays(policy.CardGenerationDays);
        await app.Record(new ApplicationStep(app.Input.ApplicationId, app.Now, $"awaiting-signature-{attempt}")
        {
            Stage = ApplicationStage.AwaitingCard,
            CardDeadline = deadline,
            Waiting = new StepDue("card-signature", app.Now, deadline),
        });
        var deadlineText = deadline.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");
        if (attempt == 1) await app.Notify(NotificationKind.CardReadyToGenerate, "card-ready");

        var waitKey = $"card-generate-{attempt}";
        var signed = await app.DecisionUntil(ApplicationEvents.CardGenerate,
            deadline.AddDays(-policy.CardReminderDaysBefore), waitKey, DecisionKinds.CardGenerate);
        if (signed is not null) return Signature(signed);
        await app.Notify(
            NotificationKind.CardGenerationReminder, $"card-reminder-{attempt}", ("CardDeadline", deadlineText));
        signed = await app.DecisionUntil(ApplicationEvents.CardGenerate, deadline, waitKey, DecisionKinds.CardGenerate);
        if (signed is not null) return Signature(signed);
        await app.Notify(
            NotificationKind.CardGenerationExpired, $"card-expired-{attempt}", ("CardDeadline", deadlineText));
        return null;
    }
}
