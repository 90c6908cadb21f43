using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>Saga step 2: sign the card's facts. The applicant's ID number enters the holder digest only.</summary>
public sealed class SignCard(CardHolders holders, CardSigner signer, CardSagaFaults faults)
    : TaskActivity<SignCardRequest, CardSignature>
{
    public override async Task<CardSignature> RunAsync(TaskActivityContext context, SignCardRequest input)
    {
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        var content = holder.Content(input.CardNumber, input.IssuedAt, input.ValidUntil);
        var signature = await signer.SignAsync(content, holder.IdNumber, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Sign);
        return signature;
    }
}

/// <summary>The card to sign: its number, issue instant and last valid day.</summary>
public sealed record SignCardRequest(
    string ApplicationId,
    string CardNumber,
    DateTimeOffset IssuedAt,
    DateOnly ValidUntil);
