using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Undoes whatever an attempt wrote before its card was delivered: the card row, the PDF blob, a card on the read
/// model, then the number reservation (through which the rest is found), and last the holder claim when this
/// application holds it. Safe to run any number of times.
/// </summary>
public sealed partial class CompensateCardIssuance(
    CardNumberReservations reservations, CardRegistry cards, CardDocuments documents, ApplicationUpdater applications,
    CardHolders holders, CardHolderClaims claims, PersonalDataProtector protector,
    ILogger<CompensateCardIssuance> logger) : TaskActivity<CardCompensation, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, CardCompensation input)
    {
        var number = await reservations.FindAsync(input.ApplicationId, input.Attempt, CancellationToken.None);
        if (number is not null)
        {
            await cards.RemoveAsync(number, input.ApplicationId, CancellationToken.None);
            await documents.DeleteAsync(input.ApplicationId, number, CancellationToken.None);
            await applications.UpdateAsync(
                input.ApplicationId, a => a.Card?.Number == number ? Undelivered(a) : a, CancellationToken.None);
            await reservations.ReleaseAsync(input.ApplicationId, input.Attempt, CancellationToken.None);
        }
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        await claims.ReleaseAsync(protector.IndexesOf(holder.IdNumber), input.ApplicationId, CancellationToken.None);
        LogCompensated(logger, input.ApplicationId, input.Attempt,
            number is null ? "(none)" : Masking.CardNumber(number), input.Reason);
        return number;
    }

    /// <summary>
    /// The record without the card; a card-issued stage goes back to card-issuing, which the saga then leaves.
    /// </summary>
    private static ApplicationRecord Undelivered(ApplicationRecord a) => a with
    {
        Card = null,
        PsbCheck = PsbCheckStatus.NotStarted,
        Stage = a.Stage == ApplicationStage.CardIssued ? ApplicationStage.CardIssuing : a.Stage,
    };

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning,
        Message = "Card saga of application {ApplicationId} attempt {Attempt} compensated; "
            + "card number {CardNumber} released. Reason: {Reason}")]
    private static partial void LogCompensated(
        ILogger logger, string applicationId, int attempt, string cardNumber, string reason);
}

/// <summary>The attempt to undo and why.</summary>
public sealed record CardCompensation(string ApplicationId, int Attempt, string Reason);
