using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Api.Tests.Support;

/// <summary>Reads a test host's own tables and containers, to check what a request left behind.</summary>
public static class StoredState
{
    public static async Task<int> CountBlobsAsync(this LocalHostUnderTest host, string container)
    {
        var count = 0;
        await foreach (var _ in host.Services.GetRequiredService<StorageClients>().Container(container).GetBlobsAsync())
            count++;
        return count;
    }

    public static async Task<int> CountRowsAsync(this LocalHostUnderTest host, string table)
    {
        var count = 0;
        await foreach (var _ in host.Services.GetRequiredService<StorageClients>().Table(table)
            .QueryAsync<TableEntity>(select: ["RowKey"]))
            count++;
        return count;
    }

    public static async Task<TableEntity?> RowAsync(
        this LocalHostUnderTest host, string table, string partition, string row)
    {
        var found = await host.Services.GetRequiredService<StorageClients>().Table(table)
            .GetEntityIfExistsAsync<TableEntity>(partition, row);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The outbox row queued for <paramref name="eventKey"/>, if any.</summary>
    public static Task<TableEntity?> OutboxAsync(this LocalHostUnderTest host, string eventKey) =>
        host.RowAsync(StorageNames.EmailOutboxTable, OutboxKeys.Partition, TableKeys.Hash(eventKey));
}
