using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// The saga's first step: records that the card is being issued (stage <c>card-issuing</c>) and returns the saga's
/// settings, read once into the orchestration's history so that replays use the same values even if the configuration
/// changes meanwhile.
/// </summary>
public sealed class BeginCardIssuance(ApplicationStepRecorder recorder, IOptionsMonitor<CardSagaOptions> options)
    : TaskActivity<ApplicationStep, CardSagaPlan>
{
    public override async Task<CardSagaPlan> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await recorder.RecordAsync(input.ApplicationId, [input], CancellationToken.None);
        var o = options.CurrentValue;
        return new CardSagaPlan(o.ValidityMonths, o.StepAttempts, o.StepFirstRetry, o.PsbSync);
    }
}

/// <summary>Settings of one saga run.</summary>
public sealed record CardSagaPlan(int ValidityMonths, int StepAttempts, TimeSpan StepFirstRetry, PsbSyncPolicy PsbSync);
