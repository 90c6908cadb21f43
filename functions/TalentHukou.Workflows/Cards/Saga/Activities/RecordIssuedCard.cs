using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>Saga step 5: record the card (number → application, signature, blob) so it can be verified and downloaded.</summary>
public sealed class RecordIssuedCard(CardRegistry cards, CardSagaFaults faults) : TaskActivity<CardRecord, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, CardRecord input)
    {
        await cards.RecordAsync(input, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Record);
        TalentHukouTelemetry.CardsIssued.Add(1);
        return true;
    }
}
