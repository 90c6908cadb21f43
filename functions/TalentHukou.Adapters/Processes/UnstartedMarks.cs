using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Processes;

/// <summary>
/// One row per stored thing (application, registry request, support ticket) whose orchestration has not been seen to
/// start: written before the thing is stored, removed once its process runs. A row older than any request takes was
/// left by a host that died in between; the sweep starts its process. Partition = kind, row = id.
/// </summary>
public sealed class UnstartedMarks(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.UnstartedProcessesTable);

    /// <summary>
    /// Marks <paramref name="id"/> as stored-but-not-started; <paramref name="tag"/> is the kind's own detail.
    /// </summary>
    public Task MarkAsync(string kind, string id, string? tag, CancellationToken ct) =>
        Table.UpsertEntityAsync(new TableEntity(kind, id) { ["Tag"] = tag }, TableUpdateMode.Replace, ct);

    public Task ClearAsync(string kind, string id, CancellationToken ct) =>
        Table.DeleteEntityAsync(kind, id, ETag.All, ct);

    /// <summary>Marks of any kind written before <paramref name="writtenBefore"/>.</summary>
    public async Task<IReadOnlyList<UnstartedMark>> OlderThanAsync(DateTimeOffset writtenBefore, CancellationToken ct)
    {
        var marks = new List<UnstartedMark>();
        var filter = TableClient.CreateQueryFilter($"Timestamp lt {writtenBefore}");
        await foreach (var row in Table.QueryAsync<TableEntity>(
            filter, select: ["PartitionKey", "RowKey", "Tag"], cancellationToken: ct))
            marks.Add(new UnstartedMark(row.PartitionKey, row.RowKey, row.GetString("Tag")));
        return marks;
    }
}

/// <summary>A stored thing whose process was not seen to start.</summary>
public sealed record UnstartedMark(string Kind, string Id, string? Tag);
