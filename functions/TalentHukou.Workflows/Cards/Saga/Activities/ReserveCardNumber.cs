using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Privacy;

namespace TalentHukou.Workflows.Cards.Saga.Activities;

/// <summary>
/// Saga step 1: claim the holder (one valid card per person, <see cref="CardHolderClaims"/>), then reserve a unique
/// card number (the same one again if this attempt already reserved one). A person who holds another application's
/// card gets no second one: the attempt fails for good, alerted and audited, before any number, signature or
/// public-security registration.
/// </summary>
public sealed partial class ReserveCardNumber(
    CardHolders holders, CardHolderClaims claims, PersonalDataProtector protector, CardNumberReservations reservations,
    AuditTrail audit, CardSagaFaults faults, ILogger<ReserveCardNumber> logger)
    : TaskActivity<CardNumberRequest, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, CardNumberRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var holder = await holders.GetAsync(input.ApplicationId, CancellationToken.None);
        var other = await claims.ClaimAsync(
            protector.IndexesOf(holder.IdNumber), input.ApplicationId, CancellationToken.None);
        if (other is not null)
        {
            LogSecondCardRefused(logger, input.ApplicationId, input.Attempt, other);
            await audit.AppendAsync(new AuditRecord(
                "card-saga", AuditRecord.SystemRole, "card.second-card", input.ApplicationId, "refused",
                $"attempt {input.Attempt}: the holder already has the card of application {other}"),
                CancellationToken.None);
            throw new SecondCardRefusedException(input.ApplicationId, other);
        }
        var number = await reservations.ReserveAsync(
            input.ApplicationId, input.Attempt, input.Year, CancellationToken.None);
        faults.ThrowIfInjected(CardSagaSteps.Reserve);
        return number;
    }

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message =
        "Card saga of application {ApplicationId} (attempt {Attempt}) refused: "
        + "the holder already has the card of application {OtherApplicationId}")]
    private static partial void LogSecondCardRefused(
        ILogger logger, string applicationId, int attempt, string otherApplicationId);
}

/// <summary>Which application and attempt needs a number, and the year of issue (China time) it starts with.</summary>
public sealed record CardNumberRequest(string ApplicationId, int Attempt, int Year);

/// <summary>The holder already has a valid card of another application; never retried.</summary>
public sealed class SecondCardRefusedException(string applicationId, string otherApplicationId)
    : Exception($"Application {applicationId}: the holder already has the card of application "
        + $"{otherApplicationId}; no second card.");
