using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Cards.Saga.Activities;
using TalentHukou.Workflows.Cards.Saga.Orchestrations;

namespace TalentHukou.Functions.Durable;

/// <summary>Triggers for the card saga's orchestrator and activities.</summary>
public static class CardDurableFunctions
{
    [Function(nameof(CardIssuanceOrchestrator))]
    public static Task<CardIssuanceResult> CardIssuance([OrchestrationTrigger] TaskOrchestrationContext context) =>
        FunctionOrchestration.RunAsync<CardIssuanceOrchestrator, CardIssuanceInput, CardIssuanceResult>(context);

    [Function(nameof(BeginCardIssuance))]
    public static Task<CardSagaPlan> Begin([ActivityTrigger] ApplicationStep input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<BeginCardIssuance, ApplicationStep, CardSagaPlan>(context, input);

    [Function(nameof(ReserveCardNumber))]
    public static Task<string> Reserve([ActivityTrigger] CardNumberRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ReserveCardNumber, CardNumberRequest, string>(context, input);

    [Function(nameof(SignCard))]
    public static Task<CardSignature> Sign([ActivityTrigger] SignCardRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<SignCard, SignCardRequest, CardSignature>(context, input);

    [Function(nameof(StoreCardPdf))]
    public static Task<string> Store([ActivityTrigger] StoreCardPdfRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<StoreCardPdf, StoreCardPdfRequest, string>(context, input);

    [Function(nameof(RecordIssuedCard))]
    public static Task<bool> Record([ActivityTrigger] IssuedCard input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<RecordIssuedCard, IssuedCard, bool>(context, input);

    [Function(nameof(CompensateCardIssuance))]
    public static Task<string?> Compensate([ActivityTrigger] CardCompensation input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<CompensateCardIssuance, CardCompensation, string?>(context, input);

    [Function(nameof(RegisterCardWithPsb))]
    public static Task<bool> RegisterWithPsb([ActivityTrigger] PsbCardRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<RegisterCardWithPsb, PsbCardRequest, bool>(context, input);

    [Function(nameof(CrossCheckCardWithPsb))]
    public static Task<bool> CrossCheckWithPsb([ActivityTrigger] PsbCardRequest input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<CrossCheckCardWithPsb, PsbCardRequest, bool>(context, input);

    [Function(nameof(ReportPsbReconciliation))]
    public static Task<bool> ReportReconciliation(
        [ActivityTrigger] PsbReconciliationReport input, FunctionContext context) =>
        FunctionActivityContext.RunAsync<ReportPsbReconciliation, PsbReconciliationReport, bool>(context, input);
}
