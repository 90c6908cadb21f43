using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Saga step 5: record the card (number → application, signature, blob) so it can be verified and downloaded, then
/// the application's <c>card-issued</c> step (stage, card, downloadable). A failure of either compensates the saga.
/// </summary>
public sealed class RecordIssuedCard(CardRegistry cards, ApplicationStepRecorder recorder, CardSagaFaults faults)
    : TaskActivity<IssuedCard, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, IssuedCard input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await cards.RecordAsync(input.Card, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Record);
        await recorder.RecordAsync(input.Card.ApplicationId, [input.Issued], CancellationToken.None);
        TalentHukouTelemetry.CardsIssued.Add(1);
        return true;
    }
}

/// <summary>The card to record and the application step that says it is issued.</summary>
public sealed record IssuedCard(CardRecord Card, ApplicationStep Issued)
{
    /// <summary>The application, for the activity's log scope and span (<c>CorrelationScope</c>).</summary>
    public string ApplicationId => Card.ApplicationId;
}
