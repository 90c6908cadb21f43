using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;
using TalentHukou.Testing;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>
/// What a host stored, read from outside it: its tables and containers (its name prefix) and its task hub's tables.
/// </summary>
public sealed class HostStorage(HostNames names, string connectionString)
{
    public StorageClients Clients { get; } = new(Options.Create(new StorageOptions
    {
        ConnectionString = connectionString,
        NamePrefix = names.TablePrefix,
    }));

    public async Task<List<TableEntity>> RowsAsync(string table, string? filter = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Clients.Table(table).QueryAsync<TableEntity>(filter)) rows.Add(row);
        return rows;
    }

    public async Task<List<string>> BlobNamesAsync(string container, string? prefix = null)
    {
        var names = new List<string>();
        await foreach (var blob in Clients.Container(container).GetBlobsAsync(
            Azure.Storage.Blobs.Models.BlobTraits.None,
            Azure.Storage.Blobs.Models.BlobStates.None,
            prefix,
            CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    /// <summary>
    /// The number of entities of every table and blobs of every container the host owns (its prefix), and of its task
    /// hub's instance table: what a request that was refused must leave unchanged.
    /// </summary>
    public async Task<SortedDictionary<string, int>> CountEverythingAsync()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var table in Clients.Tables.QueryAsync())
        {
            if (!table.Name.StartsWith(names.TablePrefix, StringComparison.Ordinal)
                && table.Name != names.HubName + "Instances")
                continue;
            // Counts requests (the rate limit), not data.
            if (table.Name == names.TablePrefix + StorageNames.WriteBudgetsTable) continue;
            // The audit trail records refused attempts too (an ops raise of a business event, a self-decision): by
            // design.
            if (table.Name == names.TablePrefix + StorageNames.AuditTable) continue;
            var count = 0;
            await foreach (var _ in Clients.Tables
                .GetTableClient(table.Name)
                .QueryAsync<TableEntity>(select: ["PartitionKey"]))
                count++;
            counts["table " + table.Name] = count;
        }
        await foreach (var container in Clients.Blobs.GetBlobContainersAsync(
            prefix: names.TablePrefix.ToLowerInvariant()))
        {
            var count = 0;
            await foreach (var _ in Clients.Blobs.GetBlobContainerClient(container.Name).GetBlobsAsync()) count++;
            counts["blobs " + container.Name] = count;
        }
        return counts;
    }

    public BlobContainerClient Container(string name) => Clients.Container(name);
}
