using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Cards.Saga.Activities;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// One valid card per person: two sagas racing for one person issue one card; the other is refused, visibly.
/// </summary>
[Collection(FaultHostCollection.Name)]
public sealed class OneCardPerPersonTests(FaultHostFixture faults)
{
    private Testing.LocalHostUnderTest Host => faults.Host;

    [Fact]
    public async Task Saga_TwoApplicationsOfOnePersonRacing_OneCardAndTheOtherRefusedBeforePublicSecurity()
    {
        var idNumber = TestIdNumbers.Next();
        var first = await CardSagaDriver.SeedAsync(Host, "applicant-race-a", idNumber: idNumber);
        var second = await CardSagaDriver.SeedAsync(Host, "applicant-race-b", idNumber: idNumber);

        var started = await Task.WhenAll(
            CardSagaDriver.StartAsync(Host, first.ApplicationId),
            CardSagaDriver.StartAsync(Host, second.ApplicationId));
        var results = await Task.WhenAll(started.Select(id => CardSagaDriver.CompleteAsync(Host, id)));

        var issued = Assert.Single(results, r => r.Issued);
        var refused = Assert.Single(results, r => !r.Issued);
        Assert.Contains(nameof(SecondCardRefusedException), refused.Reason);
        var loser = issued == results[0] ? second : first;
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardNumbersTable, "ApplicationId", loser.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardsTable, "ApplicationId", loser.ApplicationId));
        Assert.Equal(1, await PublicSecurityRowsAsync());
        var loserRecord = await CardSagaDriver.RecordAsync(Host, loser.ApplicationId);
        Assert.Null(loserRecord.Card);
        Assert.False(ApplicationStages.HasCard(loserRecord.Stage));

        var audit = await Host.Services.GetRequiredService<AuditTrail>().QueryAsync(
            new AuditQuery(null, "card.second-card", loser.ApplicationId, null, null),
            10,
            null,
            CancellationToken.None);
        Assert.Equal("refused", Assert.Single(audit.Items).Outcome);
        Assert.Contains(
            Host.Logs.Entries,
            e => e.EventId == 4007 && e.Message.Contains(loser.ApplicationId, StringComparison.Ordinal));

        async Task<int> PublicSecurityRowsAsync()
        {
            var rows = 0;
            foreach (var number in results.Where(r => r.CardNumber is not null).Select(r => r.CardNumber!))
                rows += await CardSagaDriver.CountAsync(
                    Host, StorageNames.PublicSecurityCardsTable, "PartitionKey", number);
            return rows;
        }
    }

    [Fact]
    public async Task Saga_PersonWithACard_LaterApplicationRefusedAndHolderKept()
    {
        var idNumber = TestIdNumbers.Next();
        var carded = await CardSagaDriver.SeedAsync(Host, "applicant-carded", idNumber: idNumber);
        Assert.True((await CardSagaDriver.RunAsync(Host, carded.ApplicationId)).Issued);
        var later = await CardSagaDriver.SeedAsync(Host, "applicant-carded-again", idNumber: idNumber);

        var result = await CardSagaDriver.RunAsync(Host, later.ApplicationId);

        Assert.False(result.Issued);
        Assert.Contains(nameof(SecondCardRefusedException), result.Reason);
        Assert.Equal(1, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardHoldersTable, "ApplicationId", carded.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardHoldersTable, "ApplicationId", later.ApplicationId));
    }
}
