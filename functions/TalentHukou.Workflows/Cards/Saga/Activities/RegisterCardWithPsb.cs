using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Pushes an issued card to public security (name, full ID number, card number), as the data-sharing link does.
/// </summary>
public sealed class RegisterCardWithPsb(CardHolders holders, IPublicSecurityCardRegistry psb)
    : TaskActivity<PsbCardRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PsbCardRequest input)
    {
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        return await psb.RegisterAsync(
            new PsbCardHolder(input.CardNumber, holder.Name, holder.IdNumber), CancellationToken.None);
    }
}

/// <summary>The card of an application, to push to or check with public security.</summary>
public sealed record PsbCardRequest(string ApplicationId, string CardNumber)
{
    /// <summary>For a cross-check: the step to record if public security knows the card (<c>psb-synced</c>).</summary>
    public ApplicationStep? WhenSynced { get; init; }
}
