using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Applications;

/// <summary>
/// One "active application" lock per ID-number hash (partition), naming the application that holds it: one active
/// application per person. Released when the application closes or is removed.
/// </summary>
public sealed class ActiveApplicationLocks(StorageClients storage)
{
    private const string LockRow = "active";

    /// <summary>The person's latest application (kept after the lock goes), so a new one can link to it.</summary>
    private const string LatestRow = "latest";

    private TableClient Locks => storage.Table(StorageNames.ActiveApplicationsTable);

    /// <summary>
    /// Takes the person's lock for <paramref name="applicationId"/>. Returns null when taken, or the id of the
    /// application that holds it ("" when it was released or taken over meanwhile: the caller may try again). A lock
    /// older than <paramref name="abandonedBefore"/> whose holder <paramref name="holderExists"/> denies is taken over.
    /// </summary>
    public async Task<string?> TryTakeAsync(
        string idNumberIndex,
        string applicationId,
        DateTimeOffset abandonedBefore,
        Func<string, Task<bool>> holderExists,
        CancellationToken ct)
    {
        var lockRow = new TableEntity(idNumberIndex, LockRow) { ["ApplicationId"] = applicationId };
        try
        {
            await Locks.AddEntityAsync(lockRow, ct);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await HeldByAsync(lockRow, abandonedBefore, holderExists, ct);
        }
    }

    private async Task<string?> HeldByAsync(
        TableEntity lockRow,
        DateTimeOffset abandonedBefore,
        Func<string, Task<bool>> holderExists,
        CancellationToken ct)
    {
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(
            lockRow.PartitionKey, LockRow, cancellationToken: ct);
        if (!held.HasValue) return "";
        var holder = held.Value!.GetString("ApplicationId");
        if (held.Value.Timestamp >= abandonedBefore || await holderExists(holder)) return holder;
        try
        {
            await Locks.UpdateEntityAsync(lockRow, held.Value.ETag, TableUpdateMode.Replace, ct);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return "";
        }
    }

    /// <summary>
    /// The application holding the lock of <paramref name="idNumberIndex"/>, if any (one point read).
    /// </summary>
    public async Task<string?> HolderAsync(string idNumberIndex, CancellationToken ct)
    {
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(idNumberIndex, LockRow, cancellationToken: ct);
        return held.HasValue ? held.Value!.GetString("ApplicationId") : null;
    }

    /// <summary>
    /// Moves the person's rows from an index under an older key to one under the current key (a key rotation): the lock
    /// if <paramref name="applicationId"/> holds it and the application is still active, and the "latest" row. Copies
    /// first and deletes after, so a submission reading either index meanwhile always finds the lock. Idempotent; for
    /// an application that closed meanwhile, it also removes a copy an earlier try made.
    /// </summary>
    public async Task MoveAsync(
        string fromIndex, string toIndex, string applicationId, bool active, CancellationToken ct)
    {
        if (fromIndex == toIndex) return;
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(fromIndex, LockRow, cancellationToken: ct);
        var holds = held.HasValue && held.Value!.GetString("ApplicationId") == applicationId;
        if (!active) await ReleaseAsync(toIndex, applicationId, ct);
        else if (holds)
        {
            try
            {
                await Locks.AddEntityAsync(new TableEntity(toIndex, LockRow) { ["ApplicationId"] = applicationId }, ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Already moved by an earlier try, or a newer application holds it: either way the person stays locked.
            }
        }
        if (await LatestAsync(fromIndex, ct) is { } latest && await LatestAsync(toIndex, ct) is null)
            await RememberLatestAsync(toIndex, latest, ct);
        if (holds) await Locks.DeleteEntityAsync(fromIndex, LockRow, held.Value!.ETag, ct);
        await Locks.DeleteEntityAsync(fromIndex, LatestRow, ETag.All, ct);
    }

    /// <summary>Removes the person's lock if <paramref name="applicationId"/> still holds it.</summary>
    public async Task ReleaseAsync(string idNumberIndex, string applicationId, CancellationToken ct)
    {
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(idNumberIndex, LockRow, cancellationToken: ct);
        if (held.HasValue && held.Value!.GetString("ApplicationId") == applicationId)
            await Locks.DeleteEntityAsync(idNumberIndex, LockRow, held.Value.ETag, ct);
    }

    /// <summary>Remembers <paramref name="applicationId"/> as the person's latest application.</summary>
    public Task RememberLatestAsync(string idNumberIndex, string applicationId, CancellationToken ct) =>
        Locks.UpsertEntityAsync(
            new TableEntity(idNumberIndex, LatestRow) { ["ApplicationId"] = applicationId },
            TableUpdateMode.Replace,
            ct);

    /// <summary>The person's latest application's id, if one was remembered.</summary>
    public async Task<string?> LatestAsync(string idNumberIndex, CancellationToken ct)
    {
        var latest = await Locks.GetEntityIfExistsAsync<TableEntity>(idNumberIndex, LatestRow, cancellationToken: ct);
        return latest.HasValue ? latest.Value!.GetString("ApplicationId") : null;
    }
}
