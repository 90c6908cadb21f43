using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// The saga's settings, read once into the orchestration's history so that replays use the same values even if the
/// configuration changes meanwhile. The input is the application id (for the activity's telemetry only).
/// </summary>
public sealed class GetCardSagaPlan(IOptionsMonitor<CardSagaOptions> options) : TaskActivity<string, CardSagaPlan>
{
    public override Task<CardSagaPlan> RunAsync(TaskActivityContext context, string input)
    {
        var o = options.CurrentValue;
        return Task.FromResult(new CardSagaPlan(o.ValidityMonths, o.StepAttempts, o.StepFirstRetry, o.PsbSync));
    }
}

/// <summary>Settings of one saga run.</summary>
public sealed record CardSagaPlan(int ValidityMonths, int StepAttempts, TimeSpan StepFirstRetry, PsbSyncPolicy PsbSync);
