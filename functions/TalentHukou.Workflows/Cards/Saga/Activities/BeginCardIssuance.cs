using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// The saga's first step: reads the application and refuses, changing nothing, unless it awaits its card (or is being
/// issued it, when this step is retried); then records that the card is being issued (stage <c>card-issuing</c>) and
/// returns the saga's settings, read once into the orchestration's history so that replays use the same values even if
/// the configuration changes meanwhile.
/// </summary>
public sealed class BeginCardIssuance(ApplicationStepRecorder recorder, IOptionsMonitor<CardSagaOptions> options)
    : TaskActivity<ApplicationStep, CardSagaPlan>
{
    public override async Task<CardSagaPlan> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The check and the step are one optimistic update (one read, one write): a record that fails the check is
        // returned unchanged, one that passed it awaits the card or is being issued it.
        var record = await recorder.RecordIfAsync(
            input.ApplicationId, [input], r => AwaitsCard(r.Stage), CancellationToken.None);
        if (record is null || !AwaitsCard(record.Stage))
            throw new CardIssuanceRefusedException(input.ApplicationId, record?.Stage);
        var o = options.CurrentValue;
        return new CardSagaPlan(o.ValidityMonths, o.StepAttempts, o.StepFirstRetry, o.PsbSync);
    }

    private static bool AwaitsCard(ApplicationStage stage) =>
        stage is ApplicationStage.AwaitingCard or ApplicationStage.CardIssuing;
}

/// <summary>Settings of one saga run.</summary>
public sealed record CardSagaPlan(int ValidityMonths, int StepAttempts, TimeSpan StepFirstRetry, PsbSyncPolicy PsbSync);

/// <summary>
/// The application does not await a card (closed, already carded, or unknown): the saga ends changing nothing.
/// </summary>
public sealed class CardIssuanceRefusedException(string applicationId, ApplicationStage? stage)
    : Exception(
        $"Application {applicationId} is {(stage is { } s ? StageNames.Wire(s) : "missing")}, not awaiting its card; "
        + "the card saga changed nothing.");
