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

    private TableClient Table => storage.Table(StorageNames.RegistryRequestsTable);

    public async Task<RegistryRequest?> GetAsync(string requestId, CancellationToken ct)
    {
        if (!IsValidId(requestId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, requestId, cancellationToken: ct);
        return row.HasValue ? ToRequest(row.Value!) : null;
    }

    public Task AddAsync(RegistryRequest request, CancellationToken ct) => Table.AddEntityAsync(ToEntity(request), ct);

    public Task ReplaceAsync(RegistryRequest request, CancellationToken ct) => Table.UpsertEntityAsync(ToEntity(request), TableUpdateMode.Replace, ct);

    public Task DeleteAsync(string requestId, CancellationToken ct) => Table.DeleteEntityAsync(Partition, requestId, ETag.All, ct);

    public async Task<(IReadOnlyList<RegistryRequest> Items, string? ContinuationToken)> QueryAsync(
        RegistryRequestStatus? status, IReadOnlyCollection<RegistryRequestType> types, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (status is not null) filter += " and " + TableClient.CreateQueryFilter($"Status eq {status.Value.ToString()}");
        if (types.Count > 0)
            filter += " and (" + string.Join(" or ", types.Select(t => TableClient.CreateQueryFilter($"Type eq {t.ToString()}"))) + ")";
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: ct).AsPages(continuationToken, pageSize))
            return (page.Values.Select(ToRequest).ToList(), page.ContinuationToken);
        return ([], null);
    }

    public async Task<int> CountOverdueAsync(DateTimeOffset businessNow, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Status eq {nameof(RegistryRequestStatus.Pending)}");
        var count = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (ToRequest(row).IsOverdueAt(businessNow)) count++;
        return count;
    }

    public static bool IsValidId(string id) => id.Length is > 2 and <= 40 && id.StartsWith("RQ", StringComparison.Ordinal) && id.All(char.IsAsciiLetterOrDigit);

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
        e.RowKey, Enum.Parse<RegistryRequestType>(e.GetString("Type")), Enum.Parse<RegistryRequestStatus>(e.GetString("Status")),
        e.GetString("RequesterSub"), e.GetString("Subject"), e.GetDateTimeOffset("FiledAt")!.Value, e.GetDateTimeOffset("DueBy")!.Value,
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
