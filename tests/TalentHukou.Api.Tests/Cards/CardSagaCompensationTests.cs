using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// A saga that fails at any step before delivery undoes everything: no number, blob, card row or card left behind.
/// </summary>
[Collection(FaultHostCollection.Name)]
public sealed class CardSagaCompensationTests(FaultHostFixture faults)
{
    private Testing.LocalHostUnderTest Host => faults.Host;

    [Theory]
    [InlineData(CardSagaSteps.Reserve)]
    [InlineData(CardSagaSteps.Sign)]
    [InlineData(CardSagaSteps.Render)]
    [InlineData(CardSagaSteps.Store)]
    [InlineData(CardSagaSteps.Record)]
    public async Task Saga_FailureAtStep_CompensatesAndLeavesNothingBehind(string step)
    {
        var app = await CardSagaDriver.SeedAsync(Host, $"applicant-fails-at-{step}");
        CardIssuanceResult result;
        using (faults.Switch("CardSaga:FailAtStep", step))
            result = await CardSagaDriver.RunAsync(Host, app.ApplicationId);

        Assert.False(result.Issued);
        Assert.Null(result.CardNumber);
        Assert.Equal(ApplicationStage.AwaitingCard, result.FinalStage);
        Assert.Contains(step, result.Reason);
        Assert.Contains(nameof(CardSagaFaultInjectedException), result.Reason);
        await AssertNothingLeftAsync(app);
    }

    [Fact]
    public async Task Saga_AfterACompensatedAttempt_TheNextAttemptIssuesTheCard()
    {
        var app = await CardSagaDriver.SeedAsync(Host, "applicant-second-attempt");
        using (faults.Switch("CardSaga:FailAtStep", CardSagaSteps.Record))
            Assert.False((await CardSagaDriver.RunAsync(Host, app.ApplicationId, attempt: 1)).Issued);

        var second = await CardSagaDriver.RunAsync(Host, app.ApplicationId, attempt: 2);

        Assert.True(second.Issued, second.Reason);
        Assert.Equal(ApplicationStage.PsbSynced, second.FinalStage);
        Assert.Equal(1, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardReservationsTable, "PartitionKey", app.ApplicationId));
        Assert.Equal(1, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardNumbersTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(1, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardsTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(1, await BlobCountAsync(app.ApplicationId));
        Assert.Equal(second.CardNumber, (await CardSagaDriver.RecordAsync(Host, app.ApplicationId)).Card!.Number);
    }

    private async Task AssertNothingLeftAsync(SeededApplication app)
    {
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardReservationsTable, "PartitionKey", app.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardNumbersTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardsTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.CardHoldersTable, "ApplicationId", app.ApplicationId));
        Assert.Equal(0, await BlobCountAsync(app.ApplicationId));
        Assert.Equal(0, await CardSagaDriver.CountAsync(
            Host, StorageNames.EmailOutboxTable, "ToAddress", $"{app.Owner}@example.com"));
        var record = await CardSagaDriver.RecordAsync(Host, app.ApplicationId);
        Assert.Null(record.Card);
        Assert.Equal(PsbCheckStatus.NotStarted, record.PsbCheck);
    }

    private async Task<int> BlobCountAsync(string applicationId)
    {
        var count = 0;
        await foreach (var _ in CardSagaDriver.Cards(Host).GetBlobsAsync(
            Azure.Storage.Blobs.Models.BlobTraits.None,
            Azure.Storage.Blobs.Models.BlobStates.None,
            applicationId + "/",
            CancellationToken.None)) count++;
        return count;
    }
}
