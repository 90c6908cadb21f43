using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;
using TalentHukou.Testing;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Notifications.Outbox;
using Xunit.Abstractions;

namespace TalentHukou.Api.Tests.Cards;

/// <summary>
/// Fifty sagas at once against a public-security simulator that loses 30% of its writes: every card gets its own
/// number, and every card ends either known to public security or in reconciliation that ops and the applicant
/// were told of.
/// </summary>
public sealed class CardSagaFleetTests(CardSagaFleetTests.Fleet fleet, ITestOutputHelper output)
    : IClassFixture<CardSagaFleetTests.Fleet>
{
    public const int Sagas = 50;

    [Fact]
    public void ConcurrentSagas_Fifty_AllIssuedWithDistinctNumbers()
    {
        output.WriteLine(
            $"{Sagas} sagas completed in {fleet.Elapsed.TotalSeconds:F1} s; "
            + $"{fleet.Reconciled} went through reconciliation, {fleet.FailedForGood} failed for good");
        Assert.All(fleet.Results, r => Assert.True(r.Result.Issued, r.Result.Reason));
        Assert.Equal(Sagas, fleet.Results.Select(r => r.Result.CardNumber).Distinct().Count());
        Assert.All(fleet.Results, r => Assert.Matches("^R[0-9]{13}$", r.Result.CardNumber));
    }

    [Fact]
    public async Task ConcurrentSagas_Fifty_OneReservationNumberRowCardRowAndBlobEach()
    {
        foreach (var table in new[]
        {
            StorageNames.CardReservationsTable, StorageNames.CardNumbersTable, StorageNames.CardsTable
        })
            Assert.Equal(Sagas, await CountAsync(CardSagaDriver.Table(fleet.Host, table)));
        var blobs = 0;
        await foreach (var _ in CardSagaDriver.Cards(fleet.Host).GetBlobsAsync(
            Azure.Storage.Blobs.Models.BlobTraits.None,
            Azure.Storage.Blobs.Models.BlobStates.None,
            null,
            CancellationToken.None)) blobs++;
        Assert.Equal(Sagas, blobs);
    }

    [Fact]
    public async Task LostWritesAt30Percent_EveryCardSyncedOrInReportedReconciliation_NoneSilentlyLost()
    {
        // Each card is checked on its own (reads only), so the fifty are checked side by side; any failed check
        // fails the test.
        await Task.WhenAll(fleet.Results.Select(r => CheckSyncedOrReportedAsync(r.App, r.Result)));
        // With 30% of writes lost, some cards must have needed reconciliation; otherwise this test proved nothing.
        Assert.InRange(fleet.Reconciled, 1, Sagas);
    }

    private async Task CheckSyncedOrReportedAsync(SeededApplication app, CardIssuanceResult result)
    {
        var psbCards = CardSagaDriver.Table(fleet.Host, StorageNames.PublicSecurityCardsTable);
        var reconciliations = fleet.Host.Services.GetRequiredService<PsbReconciliationLog>();
        var number = result.CardNumber!;
        var record = await CardSagaDriver.RecordAsync(fleet.Host, app.ApplicationId);
        var atPsb = (await psbCards.GetEntityIfExistsAsync<TableEntity>(number, "card")).HasValue;
        var reported = await reconciliations.GetAsync(number, CancellationToken.None);
        if (result.FinalStage == ApplicationStage.PsbSynced)
        {
            Assert.Equal((ApplicationStage.PsbSynced, PsbCheckStatus.Synced), (record.Stage, record.PsbCheck));
            Assert.True(atPsb, $"{app.ApplicationId}: synced, yet public security has no card {number}");
            Assert.True(reported is null || reported.Status == PsbReconciliationStatus.Resolved);
        }
        else
        {
            Assert.Equal(ApplicationStage.PsbReconciliation, result.FinalStage);
            Assert.Equal(
                (ApplicationStage.PsbReconciliation, PsbCheckStatus.Failed), (record.Stage, record.PsbCheck));
            Assert.False(atPsb);
            Assert.Equal(PsbReconciliationStatus.Failed, reported?.Status);
            Assert.True(await OutboxHasAsync(app, number, "psb-failed"));
        }
        if (reported is not null) Assert.True(await OutboxHasAsync(app, number, "psb-reconciliation"));
    }

    private async Task<bool> OutboxHasAsync(SeededApplication app, string number, string @event) =>
        (await CardSagaDriver.Table(fleet.Host, StorageNames.EmailOutboxTable)
            .GetEntityIfExistsAsync<TableEntity>(
                OutboxKeys.Partition, TableKeys.Hash($"application/{app.ApplicationId}/card-{number}/{@event}")))
            .HasValue;

    private static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"])) count++;
        return count;
    }

    /// <summary>One host, fifty sagas started together, all awaited.</summary>
    public sealed class Fleet : IAsyncLifetime
    {
        public LocalHostUnderTest Host { get; private set; } = null!;

        public IReadOnlyList<(SeededApplication App, CardIssuanceResult Result)> Results { get; private set; } = [];

        public TimeSpan Elapsed { get; private set; }

        public int Reconciled { get; private set; }

        public int FailedForGood => Results.Count(r => r.Result.FinalStage == ApplicationStage.PsbReconciliation);

        public async Task InitializeAsync()
        {
            var settings = IssuedCardFixture.FastSaga();
            settings["PublicSecurity:LostWriteRate"] = "0.3";
            Host = await LocalHostUnderTest.StartAsync(settings: settings);
            var apps = new List<SeededApplication>();
            for (var i = 0; i < Sagas; i++) apps.Add(await CardSagaDriver.SeedAsync(Host, $"fleet-applicant-{i}"));

            var watch = Stopwatch.StartNew();
            var instances = await Task.WhenAll(apps.Select(a => CardSagaDriver.StartAsync(Host, a.ApplicationId)));
            var results = await Task.WhenAll(
                instances.Select(id => CardSagaDriver.CompleteAsync(Host, id, seconds: 300)));
            Elapsed = watch.Elapsed;
            Results = apps.Zip(results).ToList();
            var log = Host.Services.GetRequiredService<PsbReconciliationLog>();
            Reconciled = (await log.CountByStatusAsync(CancellationToken.None)).Values.Sum();
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
