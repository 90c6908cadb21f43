using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Registry;

/// <summary>A registry name's claim: the request that asked for it first, and when.</summary>
public sealed record RegistryNameClaim(string RequestId, DateTimeOffset ClaimedAt, ETag ETag);

/// <summary>
/// One name per registry (table <c>RegistryNames</c>): a row per scope (<c>employer</c>, <c>school</c>,
/// <c>major-{schoolId}</c>) and folded name, inserted only if absent and naming the request that claimed the name.
/// Two requests racing for one name cannot both insert it; a stale claim is taken over only by its exact version.
/// </summary>
public sealed class RegistryNameClaims(StorageClients storage)
{
    private const string Row = "claim";

    private TableClient Names => storage.Table(StorageNames.RegistryNamesTable);

    /// <summary>
    /// Claims the name for <paramref name="requestId"/>: null when it holds it now, else the claim in the way.
    /// </summary>
    public async Task<RegistryNameClaim?> ClaimAsync(
        string scope, string name, string requestId, DateTimeOffset at, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await Names.AddEntityAsync(Entity(scope, name, requestId, at), ct);
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Claims are never deleted, so the row read here exists; the loop only guards a manual clean-up.
                if (await GetAsync(scope, name, ct) is { } held) return held.RequestId == requestId ? null : held;
            }
        }
    }

    /// <summary>
    /// Replaces a stale claim, if it is still the version read; false when another request changed it first.
    /// </summary>
    public async Task<bool> TakeOverAsync(
        string scope, string name, RegistryNameClaim stale, string requestId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stale);
        try
        {
            await Names.UpdateEntityAsync(Entity(scope, name, requestId, at), stale.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<RegistryNameClaim?> GetAsync(string scope, string name, CancellationToken ct)
    {
        var row = await Names.GetEntityIfExistsAsync<TableEntity>(Key(scope, name), Row, cancellationToken: ct);
        return row.HasValue
            ? new(
                row.Value!.GetString("RequestId"),
                row.Value.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue,
                row.Value.ETag)
            : null;
    }

    private static TableEntity Entity(string scope, string name, string requestId, DateTimeOffset at) =>
        new(Key(scope, name), Row) { ["RequestId"] = requestId, ["ClaimedAt"] = at };

    private static string Key(string scope, string name) => scope + "-" + TableKeys.Hash(NameFolding.Fold(name));
}
