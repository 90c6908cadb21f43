using Azure.Data.Tables;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;
using TalentHukou.Testing.Storage;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Adapters.Tests.Cards;

/// <summary>
/// Card number reservations on Azurite: unique under concurrency, idempotent per attempt, released without a trace.
/// </summary>
public sealed class CardNumberReservationsTests : IAsyncLifetime
{
    private StorageClients storage = null!;

    public async Task InitializeAsync() =>
        storage = await TestStorage.CreateAsync(StorageNames.CardReservationsTable, StorageNames.CardNumbersTable);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Format_YearAndDigits_RPlusTwoDigitYearPlusElevenDigits() =>
        Assert.Equal("R2600000000123", CardNumberReservations.Format(2026, 123));

    [Fact]
    public async Task Reserve_NewAttempt_NumberOfTheYearWithElevenRandomDigits()
    {
        var number = await new CardNumberReservations(storage).ReserveAsync("A1", 1, 2026, default);

        Assert.Matches("^R26[0-9]{11}$", number);
    }

    [Fact]
    public async Task Reserve_SameAttemptAgain_ReturnsItsOwnReservation()
    {
        var reservations = new CardNumberReservations(storage);

        var first = await reservations.ReserveAsync("A2", 1, 2026, default);
        var retried = await reservations.ReserveAsync("A2", 1, 2026, default);
        var nextAttempt = await reservations.ReserveAsync("A2", 2, 2026, default);

        Assert.Equal(first, retried);
        Assert.NotEqual(first, nextAttempt);
        Assert.Equal(2, await CountAsync(StorageNames.CardNumbersTable));
    }

    [Fact]
    public async Task Reserve_ClaimedNumberHeldByAnotherApplication_ClaimsAFreeOne()
    {
        var digits = new Queue<long>([5, 5, 5, 7]);
        var reservations = new CardNumberReservations(storage, () => digits.Dequeue());

        var first = await reservations.ReserveAsync("A3", 1, 2026, default);
        var second = await reservations.ReserveAsync("A4", 1, 2026, default);

        Assert.Equal(("R2600000000005", "R2600000000007"), (first, second));
        Assert.Equal(second, await reservations.FindAsync("A4", 1, default));
        Assert.Equal(2, await CountAsync(StorageNames.CardNumbersTable));
    }

    [Fact]
    public async Task Reserve_FiftyApplicationsAtOnceFromSixtyFourNumbers_AllDistinctAndNoOrphanRows()
    {
        var reservations = new CardNumberReservations(storage, () => Random.Shared.Next(64));

        var numbers = await Task.WhenAll(
            Enumerable.Range(0, 50).Select(i => reservations.ReserveAsync($"B{i}", 1, 2026, default)));

        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(50, await CountAsync(StorageNames.CardNumbersTable));
        Assert.Equal(50, await CountAsync(StorageNames.CardReservationsTable));
        for (var i = 0; i < 50; i++)
        {
            var row = await storage.Table(StorageNames.CardNumbersTable)
                .GetEntityAsync<TableEntity>(numbers[i], "number");
            Assert.Equal($"B{i}/1", row.Value.GetString("Owner"));
        }
    }

    [Fact]
    public async Task Reserve_TenConcurrentRunsOfOneAttempt_OneNumberAndOneRow()
    {
        var reservations = new CardNumberReservations(storage, () => Random.Shared.Next(4));

        var numbers = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(_ => reservations.ReserveAsync("C1", 1, 2026, default)));

        Assert.Single(numbers.Distinct());
        Assert.Equal(1, await CountAsync(StorageNames.CardNumbersTable));
        Assert.Equal(1, await CountAsync(StorageNames.CardReservationsTable));
    }

    [Fact]
    public async Task Release_Twice_RemovesNumberAndClaimAndFreesTheNumber()
    {
        var reservations = new CardNumberReservations(storage, () => 9);
        var number = await reservations.ReserveAsync("D1", 1, 2026, default);

        Assert.Equal(number, await reservations.ReleaseAsync("D1", 1, default));
        Assert.Null(await reservations.ReleaseAsync("D1", 1, default));

        Assert.Null(await reservations.FindAsync("D1", 1, default));
        Assert.Equal(
            0,
            await CountAsync(StorageNames.CardNumbersTable) + await CountAsync(StorageNames.CardReservationsTable));
        Assert.Equal(number, await reservations.ReserveAsync("D2", 1, 2026, default));
    }

    private async Task<int> CountAsync(string table)
    {
        var count = 0;
        await foreach (var _ in storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey"])) count++;
        return count;
    }
}
