using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>
/// Test-only fault injection: fails the configured step (<see cref="CardSagaOptions.FailAtStep"/>) after it did its
/// work.
/// </summary>
public sealed class CardSagaFaults(IOptionsMonitor<CardSagaOptions> options)
{
    public void ThrowIfInjected(string step)
    {
        if (string.Equals(options.CurrentValue.FailAtStep, step, StringComparison.Ordinal))
            throw new CardSagaFaultInjectedException(step);
    }
}

/// <summary>A fault injected at a saga step; never retried.</summary>
public sealed class CardSagaFaultInjectedException(string step)
    : Exception($"Fault injected at card saga step '{step}' (CardSaga:FailAtStep).")
{
    public string Step { get; } = step;
}
