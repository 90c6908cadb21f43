using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Ops;

/// <summary>
/// Stored dry runs of ops bulk actions: the action, the reason, who asked, the exact instances listed, and (for a
/// terminate) the admin who approved it. An apply acts on exactly these instances.
/// </summary>
public sealed class BulkDryRuns(StorageClients storage)
{
    private const string Partition = "dry-run";

    private TableClient Table => storage.Table(StorageNames.BulkDryRunsTable);

    public Task AddAsync(BulkDryRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Table.AddEntityAsync(new TableEntity(Partition, run.DryRunId)
        {
            ["Action"] = run.Action,
            ["Reason"] = run.Reason,
            ["Actor"] = run.Actor,
            ["CreatedAt"] = run.CreatedAt,
            ["InstanceIds"] = JsonSerializer.Serialize(run.InstanceIds),
        }, ct);
    }

    public async Task<BulkDryRun?> GetAsync(string dryRunId, CancellationToken ct)
    {
        if (!IsValidId(dryRunId)) return null;
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, dryRunId, cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new BulkDryRun(
            dryRunId,
            e.GetString("Action"),
            e.GetString("Reason"),
            e.GetString("Actor"),
            e.GetDateTimeOffset("CreatedAt") ?? default,
            JsonSerializer.Deserialize<List<string>>(e.GetString("InstanceIds")) ?? [])
        {
            ApprovedBy = e.GetString("ApprovedBy"),
            ETag = e.ETag,
        };
    }

    /// <summary>Records the approval unless the row changed meanwhile; false then.</summary>
    public async Task<bool> ApproveAsync(BulkDryRun run, string approvedBy, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            await Table.UpdateEntityAsync(
                new TableEntity(Partition, run.DryRunId) { ["ApprovedBy"] = approvedBy, ["ApprovedAt"] = at },
                run.ETag,
                TableUpdateMode.Merge,
                ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    public static bool IsValidId(string id) =>
        id.Length is > 2 and <= 40
        && id.StartsWith("DR", StringComparison.Ordinal)
        && id.All(char.IsAsciiLetterOrDigit);
}

/// <summary>One stored dry run.</summary>
public sealed record BulkDryRun(
    string DryRunId,
    string Action,
    string Reason,
    string Actor,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> InstanceIds)
{
    public string? ApprovedBy { get; init; }

    public ETag ETag { get; init; }
}
