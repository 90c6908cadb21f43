using Microsoft.DurableTask;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Asks public security whether it knows the card for its holder: the very check of 入户复核 (seed Q7). When it does
/// and the request carries <see cref="PsbCardRequest.WhenSynced"/>, records that step right away.
/// </summary>
public sealed class CrossCheckCardWithPsb(
    CardHolders holders, IPublicSecurityCardRegistry psb, ApplicationStepRecorder recorder)
    : TaskActivity<PsbCardRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PsbCardRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The record read for the holder is the one the step's write starts from (its ETag guards it).
        var held = new HeldApplication(input.ApplicationId);
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None, held);
        var found = await psb.CrossCheckAsync(
            new PsbCardHolder(input.CardNumber, holder.Name, holder.IdNumber), CancellationToken.None);
        if (found && input.WhenSynced is { } synced)
            await recorder.RecordAsync(input.ApplicationId, [synced], CancellationToken.None, held);
        return found;
    }
}
