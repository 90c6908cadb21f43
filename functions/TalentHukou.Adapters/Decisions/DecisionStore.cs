using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Decisions;

/// <summary>
/// Business decisions (table <c>Decisions</c>): partition = the application or registry request decided on, row = the
/// decision id. Written once by the use case that handled the authenticated request; an orchestration claims a decision
/// for the one wait it acts on (under the row's ETag), so a decision id raised again decides nothing more.
/// </summary>
public sealed class DecisionStore(StorageClients storage, TimeProvider time)
{
    private TableClient Table => storage.Table(StorageNames.DecisionsTable);

    /// <summary>Stores a new decision and returns it.</summary>
    public async Task<DecisionRecord> AddAsync(
        string targetId, string kind, string actorSub, string actorRole, string payloadJson, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var decision = new DecisionRecord(
            TableKeys.SortableId("DC", now), targetId, kind, actorSub, actorRole, now, payloadJson);
        await Table.AddEntityAsync(new TableEntity(targetId, decision.DecisionId)
        {
            ["Kind"] = kind,
            ["ActorSub"] = actorSub,
            ["ActorRole"] = actorRole,
            ["At"] = now,
            ["Payload"] = payloadJson,
        }, ct);
        return decision;
    }

    public async Task<DecisionRecord?> GetAsync(string targetId, string decisionId, CancellationToken ct) =>
        (await GetStoredAsync(targetId, decisionId, ct))?.Record;

    /// <summary>The decision with its ETag, which a <see cref="ClaimAsync"/> right after can start from.</summary>
    public async Task<StoredDecision?> GetStoredAsync(string targetId, string decisionId, CancellationToken ct) =>
        IsWellFormed(targetId) && IsWellFormed(decisionId) && await ReadAsync(targetId, decisionId, ct) is { } found
            ? new StoredDecision(found.Record, found.ETag)
            : null;

    /// <summary>
    /// Marks the decision as used by <paramref name="waitKey"/> unless another wait used it; the same wait may claim it
    /// again (a retried activity). Starts from <paramref name="read"/> when the caller has just read this decision (its
    /// ETag guards the claim all the same), else reads it.
    /// </summary>
    public async Task<DecisionClaim> ClaimAsync(
        string targetId, string decisionId, string waitKey, CancellationToken ct, StoredDecision? read = null)
    {
        if (!IsWellFormed(targetId) || !IsWellFormed(decisionId)) return DecisionClaim.Refused("malformed decision id");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var known = attempt == 0 && read is not null
                ? (read.Record, read.ETag)
                : await ReadAsync(targetId, decisionId, ct);
            if (known is not { } found) return DecisionClaim.Refused("no such decision");
            if (found.Record.UsedFor == waitKey) return new DecisionClaim(found.Record, null);
            if (found.Record.UsedFor is not null)
                return DecisionClaim.Refused($"already used by {found.Record.UsedFor}");
            try
            {
                await Table.UpdateEntityAsync(
                    new TableEntity(targetId, decisionId) { ["UsedFor"] = waitKey },
                    found.ETag,
                    TableUpdateMode.Merge,
                    ct);
                return new DecisionClaim(found.Record with { UsedFor = waitKey }, null);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Claimed at the same moment by another wait or a retry: read again.
            }
        }
        return DecisionClaim.Refused("contended");
    }

    /// <summary>Ids and targets as this service makes them: letters, digits and dashes.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 1 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private async Task<(DecisionRecord Record, ETag ETag)?> ReadAsync(
        string targetId, string decisionId, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(targetId, decisionId, cancellationToken: ct);
        if (!row.HasValue) return null;
        var e = row.Value!;
        return (new DecisionRecord(e.RowKey, e.PartitionKey, e.GetString("Kind") ?? "", e.GetString("ActorSub") ?? "",
            e.GetString("ActorRole") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetString("Payload") ?? "{}")
        {
            UsedFor = e.GetString("UsedFor"),
        }, e.ETag);
    }
}

/// <summary>A decision as read, with the ETag its claim is conditional on.</summary>
public sealed record StoredDecision(DecisionRecord Record, ETag ETag);
