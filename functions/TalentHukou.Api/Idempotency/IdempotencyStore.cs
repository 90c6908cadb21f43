using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;
using TalentHukou.Workflows.Processes;

namespace TalentHukou.Api.Idempotency;

/// <summary>
/// First answers of writes sent with an <c>Idempotency-Key</c>: partition = caller and route, row = key (both hashed).
/// A row starts as a reservation, so a concurrent repeat sees the first request in progress; a reservation left pending
/// by a host that died is taken over once <see cref="IdempotencyOptions.PendingTimeout"/> has passed.
/// </summary>
public sealed class IdempotencyStore(StorageClients storage, IOptions<IdempotencyOptions> options)
{
    private TableClient Table => storage.Table(StorageNames.IdempotencyTable);

    public async Task<StoredAnswer?> GetAsync(IdempotencyScope scope, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(scope.Partition, scope.Row, cancellationToken: ct);
        return row.HasValue ? StoredAnswer.From(row.Value!) : null;
    }

    /// <summary>Reserves the key; false when another request holds or answered it already.</summary>
    public async Task<bool> TryReserveAsync(
        IdempotencyScope scope, string requestHash, DateTimeOffset now, CancellationToken ct)
    {
        var reservation = new TableEntity(scope.Partition, scope.Row)
        {
            ["RequestHash"] = requestHash,
            ["State"] = "pending",
            ["CreatedAt"] = now,
        };
        try
        {
            await Table.AddEntityAsync(reservation, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await TryTakeOverAsync(reservation, now, ct);
        }
    }

    /// <summary>
    /// Takes over a reservation its request abandoned (the host died before answering),
    /// unless another repeat did first.
    /// </summary>
    private async Task<bool> TryTakeOverAsync(TableEntity reservation, DateTimeOffset now, CancellationToken ct)
    {
        var held = await Table.GetEntityIfExistsAsync<TableEntity>(
            reservation.PartitionKey, reservation.RowKey, cancellationToken: ct);
        if (!held.HasValue
            || held.Value!.GetString("State") != "pending"
            || held.Value.GetDateTimeOffset("CreatedAt") > now - options.Value.PendingTimeout)
        {
            return false;
        }
        try
        {
            await Table.UpdateEntityAsync(reservation, held.Value.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task CompleteAsync(IdempotencyScope scope, string requestHash, StoredAnswer answer, CancellationToken ct) =>
        Table.UpsertEntityAsync(answer.ToEntity(scope, requestHash), TableUpdateMode.Replace, ct);

    /// <summary>
    /// Forgets a reservation whose request failed on the server's side, so the client may retry with the same key.
    /// </summary>
    public Task ReleaseAsync(IdempotencyScope scope, CancellationToken ct) =>
        Table.DeleteEntityAsync(scope.Partition, scope.Row, ETag.All, ct);
}

/// <summary>Where one key of one caller on one route is kept.</summary>
public sealed record IdempotencyScope(string Partition, string Row)
{
    public static IdempotencyScope For(string subject, string routeName, string key) =>
        new(TableKeys.Hash(subject + "\n" + routeName), TableKeys.Hash(key));
}

/// <summary>A stored answer: status, the headers a client needs, and the body.</summary>
public sealed record StoredAnswer(
    string State, string RequestHash, int Status, string? ContentType, string? Location, byte[] Body)
{
    public bool IsPending => State == "pending";

    public static StoredAnswer From(TableEntity e) => new(
        e.GetString("State"),
        e.GetString("RequestHash") ?? "",
        e.GetInt32("Status") ?? 0,
        e.GetString("ContentType"),
        e.GetString("Location"),
        e.GetBinary("Body") ?? []);

    public TableEntity ToEntity(IdempotencyScope scope, string requestHash) => new(scope.Partition, scope.Row)
    {
        ["State"] = "done",
        ["RequestHash"] = requestHash,
        ["Status"] = Status,
        ["ContentType"] = ContentType,
        ["Location"] = Location,
        ["Body"] = Body,
    };
}
