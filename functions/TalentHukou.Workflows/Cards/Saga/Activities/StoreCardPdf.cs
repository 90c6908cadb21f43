using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Saga steps 3 and 4: render the signed card as a PDF (with the QR code of its verification link) and store it in the
/// private <c>cards</c> container. The PDF never passes through the orchestration's history.
/// </summary>
public sealed class StoreCardPdf(
    CardHolders holders, CardPdfRenderer renderer, CardDocuments documents, CardSagaFaults faults)
    : TaskActivity<StoreCardPdfRequest, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, StoreCardPdfRequest input)
    {
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        var payload = input.Signature.Payload;
        var pdf = renderer.Render(
            holder.Content(payload.CardNumber, payload.IssuedAt, payload.ValidUntil), input.Signature);
        faults.ThrowIfInjected(CardSagaSteps.Render);
        var blobName = await documents.StoreAsync(input.ApplicationId, payload.CardNumber, pdf, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Store);
        return blobName;
    }
}

/// <summary>The signed card to render and store.</summary>
public sealed record StoreCardPdfRequest(string ApplicationId, CardSignature Signature);
