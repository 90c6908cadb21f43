using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Tests.Notifications.Outbox;

public sealed class EmailOutboxStatsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-02T01:00:00Z");

    [Fact]
    public async Task GetAsync_RowsInEveryStatus_CountsAndOldestUndeliveredAge()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        await store.QueueAsync(Now.AddMinutes(-5));
        await store.QueueAsync(Now.AddMinutes(-1));
        await Put(store, Now.AddHours(-2), OutboxStatus.Sending);
        await Put(store, Now.AddDays(-1), OutboxStatus.Sent);
        await Put(store, Now.AddDays(-2), OutboxStatus.Sent);
        await Put(store, Now.AddDays(-4), OutboxStatus.Failed);

        var snapshot = await new EmailOutboxStats(store, new FakeTimeProvider(Now)).GetAsync(CancellationToken.None);

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["queued"] = 2,
                ["sending"] = 1,
                ["sent"] = 2,
                ["delivered"] = 0,
                ["failed"] = 1,
            },
            snapshot.CountsByStatus);
        Assert.Equal(Now.AddHours(-2), snapshot.OldestQueuedAt);
        Assert.Equal(TimeSpan.FromHours(2), snapshot.OldestQueuedAge);
        Assert.Equal(Now, snapshot.TakenAt);
    }

    [Fact]
    public async Task GetAsync_EmptyOutbox_ZeroCountsNoAge()
    {
        var store = await OutboxTestStorage.NewStoreAsync();

        var snapshot = await new EmailOutboxStats(store, new FakeTimeProvider(Now)).GetAsync(CancellationToken.None);

        Assert.All(OutboxStatus.All, s => Assert.Equal(0, snapshot.CountsByStatus[s]));
        Assert.Null(snapshot.OldestQueuedAt);
        Assert.Null(snapshot.OldestQueuedAge);
    }

    private static async Task Put(EmailOutboxStore store, DateTimeOffset queuedAt, string status)
    {
        var entry = await store.QueueAsync(queuedAt);
        var stored = (await store.GetAsync(entry.RowKey, CancellationToken.None))!;
        Assert.NotNull(
            await store.TryReplaceAsync(entry with { Status = status }, stored.ETag, CancellationToken.None));
    }
}
