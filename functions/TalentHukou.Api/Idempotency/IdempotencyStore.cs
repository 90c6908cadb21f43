using Azure;
using Azure.Data.Tables;
using TalentHukou.Workflows.Common;
using TalentHukou.Workflows.Storage;

namespace TalentHukou.Api.Idempotency;

/// <summary>
/// First answers of writes sent with an <c>Idempotency-Key</c>: partition = caller and route, row = key (both hashed).
/// A row starts as a reservation, so a concurrent repeat sees the first request in progress.
/// </summary>
public sealed class IdempotencyStore(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.IdempotencyTable);

    public async Task<StoredAnswer?> GetAsync(IdempotencyScope scope, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(scope.Partition, scope.Row, cancellationToken: ct);
        return row.HasValue ? StoredAnswer.From(row.Value!) : null;
    }

    /// <summary>Reserves the key; false when another request holds or answered it already.</summary>
    public async Task<bool> TryReserveAsync(IdempotencyScope scope, string requestHash, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(scope.Partition, scope.Row) { ["RequestHash"] = requestHash, ["State"] = "pending", ["CreatedAt"] = now }, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public Task CompleteAsync(IdempotencyScope scope, string requestHash, StoredAnswer answer, CancellationToken ct) =>
        Table.UpsertEntityAsync(answer.ToEntity(scope, requestHash), TableUpdateMode.Replace, ct);

    /// <summary>Forgets a reservation whose request failed on the server's side, so the client may retry with the same key.</summary>
    public Task ReleaseAsync(IdempotencyScope scope, CancellationToken ct) => Table.DeleteEntityAsync(scope.Partition, scope.Row, ETag.All, ct);
}

/// <summary>Where one key of one caller on one route is kept.</summary>
public sealed record IdempotencyScope(string Partition, string Row)
{
    public static IdempotencyScope For(string subject, string routeName, string key) => new(TableKeys.Hash(subject + "\n" + routeName), TableKeys.Hash(key));
}

/// <summary>A stored answer: status, the headers a client needs, and the body.</summary>
public sealed record StoredAnswer(string State, string RequestHash, int Status, string? ContentType, string? Location, byte[] Body)
{
    public bool IsPending => State == "pending";

    public static StoredAnswer From(TableEntity e) => new(
        e.GetString("State"), e.GetString("RequestHash") ?? "", e.GetInt32("Status") ?? 0, e.GetString("ContentType"), e.GetString("Location"), e.GetBinary("Body") ?? []);

    public TableEntity ToEntity(IdempotencyScope scope, string requestHash) => new(scope.Partition, scope.Row)
    {
        ["State"] = "done", ["RequestHash"] = requestHash, ["Status"] = Status, ["ContentType"] = ContentType, ["Location"] = Location, ["Body"] = Body,
    };
}
