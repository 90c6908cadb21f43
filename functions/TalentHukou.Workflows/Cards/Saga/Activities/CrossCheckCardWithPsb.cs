using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>Asks public security whether it knows the card for its holder: the very check of 入户复核 (seed Q7).</summary>
public sealed class CrossCheckCardWithPsb(CardHolders holders, IPublicSecurityCardRegistry psb) : TaskActivity<PsbCardRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PsbCardRequest input)
    {
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        return await psb.CrossCheckAsync(new PsbCardHolder(input.CardNumber, holder.Name, holder.IdNumber), CancellationToken.None);
    }
}
