using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// Registry requests in Table storage. One partition, rows keyed by time-sortable request ids, so the review
/// queue reads oldest first in key order with a status/type filter and the service's continuation tokens.
/// </summary>
public sealed class RegistryRequestStore(StorageClients storage)
{
    private const string Partition = "request";
    private const int UpdateAttempts = 5;

    private TableClient Table => storage.Table(StorageNames.RegistryRequestsTable);

    public async Task<RegistryRequest?> GetAsync(string requestId, CancellationToken ct)
    {
        if (!IsValidId(requestId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, requestId, cancellationToken: ct);
        return row.HasValue ? ToRequest(row.Value!) : null;
    }

    /// <summary>Stores a new request and its requester index row (partition <c>by-{hash of subject}</c>).</summary>
    public Task AddAsync(RegistryRequest request, CancellationToken ct) => Task.WhenAll(
        Table.AddEntityAsync(ToEntity(request), ct),
        Table.UpsertEntityAsync(
            new TableEntity(RequesterKey(request.RequesterSub), request.RequestId), TableUpdateMode.Replace, ct));

    /// <summary>
    /// Every request <paramref name="requesterSub"/> filed (an index partition read, then point reads).
    /// </summary>
    public async Task<IReadOnlyList<RegistryRequest>> ListByRequesterAsync(string requesterSub, CancellationToken ct)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RequesterKey(requesterSub)}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
            ids.Add(row.RowKey);
        var found = await Task.WhenAll(ids.Select(id => GetAsync(id, ct)));
        return found.OfType<RegistryRequest>().ToList();
    }

    /// <summary>
    /// Every request of the status and types given (the whole queue, for sorting by due time and counting).
    /// </summary>
    public async Task<IReadOnlyList<RegistryRequest>> ScanAsync(
        IReadOnlyCollection<RegistryRequestType> types, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (types.Count > 0)
            filter += " and ("
                + string.Join(" or ", types.Select(t => TableClient.CreateQueryFilter($"Type eq {t.ToString()}")))
                + ")";
        var items = new List<RegistryRequest>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            items.Add(ToRequest(row));
        return items;
    }

    private static string RequesterKey(string subject) => "by-" + TableKeys.Hash(subject);

    public Task ReplaceAsync(RegistryRequest request, CancellationToken ct) =>
        Table.UpsertEntityAsync(ToEntity(request), TableUpdateMode.Replace, ct);

    /// <summary>
    /// Applies <paramref name="change"/> to the current request and writes it if the request was not changed
    /// meanwhile (retrying on a concurrent write). Null when the request does not exist or <paramref name="change"/>
    /// returns null.
    /// </summary>
    public async Task<RegistryRequest?> UpdateAsync(
        string requestId, Func<RegistryRequest, RegistryRequest?> change, CancellationToken ct)
    {
        if (!IsValidId(requestId)) return null;
        for (var attempt = 1; ; attempt++)
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, requestId, cancellationToken: ct);
            if (!row.HasValue || change(ToRequest(row.Value!)) is not { } changed) return null;
            try
            {
                await Table.UpdateEntityAsync(ToEntity(changed), row.Value!.ETag, TableUpdateMode.Replace, ct);
                return changed;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < UpdateAttempts)
            {
                // Another writer won; read again and re-apply.
            }
        }
    }

    public Task DeleteAsync(string requestId, CancellationToken ct) =>
        Table.DeleteEntityAsync(Partition, requestId, ETag.All, ct);

    public async Task<int> CountOverdueAsync(DateTimeOffset businessNow, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and Status eq {nameof(RegistryRequestStatus.Pending)}");
        var count = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (ToRequest(row).IsOverdueAt(businessNow)) count++;
        return count;
    }

    public static bool IsValidId(string id) =>
        id.Length is > 2 and <= 40
        && id.StartsWith("RQ", StringComparison.Ordinal)
        && id.All(char.IsAsciiLetterOrDigit);

    private static TableEntity ToEntity(RegistryRequest r) => new(Partition, r.RequestId)
    {
        ["Type"] = r.Type.ToString(),
        ["Status"] = r.Status.ToString(),
        ["RequesterSub"] = r.RequesterSub,
        ["Subject"] = r.Subject,
        ["FiledAt"] = r.FiledAt,
        ["DueBy"] = r.DueBy,
        ["Payload"] = r.PayloadJson,
        ["EscalatedAt"] = r.EscalatedAt,
        ["DecidedAt"] = r.DecidedAt,
        ["DecidedBy"] = r.DecidedBy,
        ["Reason"] = r.Reason,
        ["ResultId"] = r.ResultId,
        ["AttachmentIds"] = JsonSerializer.Serialize(r.AttachmentIds),
        ["NotifyEmail"] = r.NotifyEmail,
        ["NotifyName"] = r.NotifyName,
    };

    private static RegistryRequest ToRequest(TableEntity e) => new(
        e.RowKey,
        Enum.Parse<RegistryRequestType>(e.GetString("Type")),
        Enum.Parse<RegistryRequestStatus>(e.GetString("Status")),
        e.GetString("RequesterSub"),
        e.GetString("Subject"),
        e.GetDateTimeOffset("FiledAt")!.Value,
        e.GetDateTimeOffset("DueBy")!.Value,
        e.GetString("Payload") ?? "{}")
    {
        EscalatedAt = e.GetDateTimeOffset("EscalatedAt"),
        DecidedAt = e.GetDateTimeOffset("DecidedAt"),
        DecidedBy = e.GetString("DecidedBy"),
        Reason = e.GetString("Reason"),
        ResultId = e.GetString("ResultId"),
        AttachmentIds = JsonSerializer.Deserialize<List<string>>(e.GetString("AttachmentIds") ?? "[]") ?? [],
        NotifyEmail = e.GetString("NotifyEmail"),
        NotifyName = e.GetString("NotifyName"),
    };
}
