using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>Saga step 1: reserve a unique card number (the same one again if this attempt already reserved one).</summary>
public sealed class ReserveCardNumber(CardNumberReservations reservations, CardSagaFaults faults) : TaskActivity<CardNumberRequest, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, CardNumberRequest input)
    {
        var number = await reservations.ReserveAsync(input.ApplicationId, input.Attempt, input.Year, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Reserve);
        return number;
    }
}

/// <summary>Which application and attempt needs a number, and the year of issue (China time) it starts with.</summary>
public sealed record CardNumberRequest(string ApplicationId, int Attempt, int Year);
