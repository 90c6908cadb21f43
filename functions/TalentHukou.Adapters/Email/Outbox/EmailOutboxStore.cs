using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// The <c>EmailOutbox</c> table: one row per event key in the partition <see cref="OutboxKeys.Partition"/>.
/// Changes to a row are conditional on its ETag, so two attempts can never both claim it.
/// </summary>
public sealed class EmailOutboxStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.EmailOutboxTable);

    /// <summary>
    /// Adds the row; the stored row with its ETag, or null when a row for the same event already exists.
    /// </summary>
    public async Task<StoredOutboxEntry?> TryAddAsync(OutboxEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var response = await Table.AddEntityAsync(OutboxEntity.From(entry), ct);
            return new StoredOutboxEntry(entry, response.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    /// <summary>The row with its ETag, or null when there is none.</summary>
    public async Task<StoredOutboxEntry?> GetAsync(string rowKey, CancellationToken ct)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(
            OutboxKeys.Partition, rowKey, cancellationToken: ct);
        return response.HasValue
            ? new StoredOutboxEntry(OutboxEntity.ToEntry(response.Value!), response.Value!.ETag)
            : null;
    }

    /// <summary>
    /// Replaces the row if it is still at <paramref name="ifMatch"/>; the new ETag, or null when it changed meanwhile.
    /// </summary>
    public async Task<ETag?> TryReplaceAsync(OutboxEntry entry, ETag ifMatch, CancellationToken ct)
    {
        try
        {
            var response = await Table.UpdateEntityAsync(
                OutboxEntity.From(entry), ifMatch, TableUpdateMode.Replace, ct);
            return response.Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The rows whose event key starts with <paramref name="eventKeyPrefix"/> (a case's notices:
    /// <c>application/{id}/</c>), oldest first. The event key is not a key of the table, so this reads the outbox
    /// partition: for one case on demand.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListByEventPrefixAsync(string eventKeyPrefix, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKeyPrefix);
        var upper = eventKeyPrefix[..^1] + (char)(eventKeyPrefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {OutboxKeys.Partition} and EventKey ge {eventKeyPrefix} and EventKey lt {upper}");
        var rows = new List<OutboxEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            rows.Add(OutboxEntity.ToEntry(row));
        return rows.OrderBy(r => r.QueuedAt).ToList();
    }

    /// <summary>Channel, status and queue time of every row (only those columns are read), for statistics.</summary>
    public IAsyncEnumerable<(string Channel, string Status,
        DateTimeOffset QueuedAt)> ReadStatusesAsync(CancellationToken ct) =>
        Table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {OutboxKeys.Partition}"), select: ["Channel",
                    "Status", "QueuedAt"],
                cancellationToken: ct)
            .Select(e => (e.GetString("Channel") ?? OutboxChannel.Email, e.GetString("Status") ?? OutboxStatus.Queued,
                e.GetDateTimeOffset("QueuedAt") ?? DateTimeOffset.MinValue));
}

/// <summary>An outbox row as read, with the ETag a conditional update needs.</summary>
public sealed record StoredOutboxEntry(OutboxEntry Entry, ETag ETag);

/// <summary>Where outbox rows live.</summary>
public static class OutboxKeys
{
    public const string Partition = "outbox";
}
