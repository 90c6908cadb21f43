using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Domain.Applications;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Applications;

/// <summary>
/// Applications in Table storage: the read model (partition = application id), list index rows (partition =
/// owner / reviewer scope / employer, row = application id, carrying the stage), one "active application" lock
/// per ID-number hash that enforces one active application per person, and a mark per application whose orchestration
/// has not been seen to start (written with the lock, removed once it runs).
/// </summary>
public sealed class ApplicationStore(StorageClients storage)
{
    private const string RecordRow = "app";
    private const string LockRow = "active";
    private const string UnstartedPartition = "unstarted";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Records => storage.Table(StorageNames.ApplicationsTable);
    private TableClient Index => storage.Table(StorageNames.ApplicationIndexTable);
    private TableClient Locks => storage.Table(StorageNames.ActiveApplicationsTable);
    private TableClient Unstarted => storage.Table(StorageNames.UnstartedApplicationsTable);

    public static bool IsValidId(string id) => id.Length is > 1 and <= 40 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>The record, its ETag, and when it was last written by the storage's clock.</summary>
    public async Task<(ApplicationRecord Record, ETag ETag, DateTimeOffset LastWritten)?> GetAsync(string applicationId, CancellationToken ct)
    {
        if (!IsValidId(applicationId)) return null;
        var row = await Records.GetEntityIfExistsAsync<TableEntity>(applicationId, RecordRow, cancellationToken: ct);
        return row.HasValue ? (Read(row.Value!), row.Value!.ETag, row.Value.Timestamp ?? DateTimeOffset.MinValue) : null;
    }

    /// <summary>
    /// Creates the application unless the person already has an active one (whose id is returned instead). A lock whose
    /// application was never stored (its host died in between) and that is older than <paramref name="abandonedBefore"/>
    /// is taken over.
    /// </summary>
    public async Task<string?> CreateAsync(ApplicationRecord record, DateTimeOffset abandonedBefore, CancellationToken ct)
    {
        var lockRow = new TableEntity(record.Applicant.IdNumberIndex, LockRow) { ["ApplicationId"] = record.ApplicationId };
        try
        {
            await Locks.AddEntityAsync(lockRow, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            if (await HeldByAsync(lockRow, abandonedBefore, ct) is { } holder) return holder;
        }
        try
        {
            await Unstarted.UpsertEntityAsync(new TableEntity(UnstartedPartition, record.ApplicationId) { ["IdNumberIndex"] = record.Applicant.IdNumberIndex }, TableUpdateMode.Replace, ct);
            await Task.WhenAll(Records.AddEntityAsync(Write(record), ct), WriteIndexAsync(record, ct));
            return null;
        }
        catch
        {
            await DeleteAsync(record, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The application that holds the person's lock, or null once this call took over a lock left without one.</summary>
    private async Task<string?> HeldByAsync(TableEntity lockRow, DateTimeOffset abandonedBefore, CancellationToken ct)
    {
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(lockRow.PartitionKey, LockRow, cancellationToken: ct);
        if (!held.HasValue) return ""; // released meanwhile: the caller may simply try again
        var holder = held.Value!.GetString("ApplicationId");
        if (held.Value.Timestamp >= abandonedBefore || (await Records.GetEntityIfExistsAsync<TableEntity>(holder, RecordRow, select: ["RowKey"], cancellationToken: ct)).HasValue)
            return holder;
        try
        {
            await Locks.UpdateEntityAsync(lockRow, held.Value.ETag, TableUpdateMode.Replace, ct);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return ""; // another retry took it over first
        }
    }

    /// <summary>
    /// Replaces the record if it has not changed since it was read; false on a concurrent change. The index rows carry
    /// only the stage, so they are rewritten only when it differs from <paramref name="storedStage"/>.
    /// </summary>
    public async Task<bool> TryReplaceAsync(ApplicationRecord record, ETag etag, ApplicationStage storedStage, CancellationToken ct)
    {
        try
        {
            await Records.UpdateEntityAsync(Write(record), etag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
        if (record.Stage != storedStage) await WriteIndexAsync(record, ct);
        if (ApplicationStages.IsClosed(record.Stage)) await ReleaseLockAsync(record, ct);
        return true;
    }

    /// <summary>Removes every row of an application (compensation when its orchestration could not be started).</summary>
    public async Task DeleteAsync(ApplicationRecord record, CancellationToken ct)
    {
        foreach (var key in IndexKeys(record)) await Index.DeleteEntityAsync(key, record.ApplicationId, ETag.All, ct);
        await Records.DeleteEntityAsync(record.ApplicationId, RecordRow, ETag.All, ct);
        await ReleaseLockAsync(record, ct);
        await ClearUnstartedMarkAsync(record.ApplicationId, ct);
    }

    /// <summary>Removes the application's "not started" mark: its orchestration runs, or the application is gone.</summary>
    public Task ClearUnstartedMarkAsync(string applicationId, CancellationToken ct) =>
        Unstarted.DeleteEntityAsync(UnstartedPartition, applicationId, ETag.All, ct);

    /// <summary>Applications marked as not started whose mark was written before <paramref name="writtenBefore"/>.</summary>
    public async Task<IReadOnlyList<string>> UnstartedAsync(DateTimeOffset writtenBefore, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {UnstartedPartition} and Timestamp lt {writtenBefore}");
        var ids = new List<string>();
        await foreach (var row in Unstarted.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct)) ids.Add(row.RowKey);
        return ids;
    }

    /// <summary>
    /// Forgets a mark whose application was never stored (its host died in between): the person's lock goes too, if it
    /// is still this application's.
    /// </summary>
    public async Task ForgetNeverStoredAsync(string applicationId, CancellationToken ct)
    {
        var mark = await Unstarted.GetEntityIfExistsAsync<TableEntity>(UnstartedPartition, applicationId, cancellationToken: ct);
        if (!mark.HasValue) return;
        await ReleaseLockAsync(mark.Value!.GetString("IdNumberIndex"), applicationId, ct);
        await ClearUnstartedMarkAsync(applicationId, ct);
    }

    public async Task<(IReadOnlyList<ApplicationRecord> Items, string? ContinuationToken)> ListAsync(
        string indexKey, ApplicationStage? stage, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {indexKey}");
        if (stage is not null) filter += " and " + TableClient.CreateQueryFilter($"Stage eq {stage.Value.ToString()}");
        await foreach (var page in Index.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: ct).AsPages(continuationToken, pageSize))
        {
            var items = new List<ApplicationRecord>();
            foreach (var row in page.Values)
                if (await GetAsync(row.RowKey, ct) is { } found) items.Add(found.Record);
            return (items, page.ContinuationToken);
        }
        return ([], null);
    }

    /// <summary>Counts applications by stage (for ops metrics): one scan of the index's reviewer-scope rows.</summary>
    public async Task<IReadOnlyDictionary<ApplicationStage, int>> CountByStageAsync(CancellationToken ct)
    {
        var counts = new Dictionary<ApplicationStage, int>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"scope-"} and PartitionKey lt {"scope."}");
        await foreach (var row in Index.QueryAsync<TableEntity>(filter, select: ["Stage"], cancellationToken: ct))
        {
            var stage = Enum.Parse<ApplicationStage>(row.GetString("Stage"));
            counts[stage] = counts.GetValueOrDefault(stage) + 1;
        }
        return counts;
    }

    /// <summary>Applications waiting at a step that passed its escalation deadline (unit review, HRSS review, card office).</summary>
    public async Task<int> CountEscalatedWaitingAsync(CancellationToken ct)
    {
        var waiting = new Dictionary<string, string>
        {
            [nameof(ApplicationStage.UnitReview)] = "unit-review",
            [nameof(ApplicationStage.HrssReview)] = "hrss-review",
            [nameof(ApplicationStage.AwaitingCard)] = "card-office",
        };
        var filter = string.Join(" or ", waiting.Keys.Select(stage => TableClient.CreateQueryFilter($"Stage eq {stage}")));
        var count = 0;
        await foreach (var row in Records.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            var record = Read(row);
            if (record.Escalations.Any(e => e.Step == waiting[record.Stage.ToString()])) count++;
        }
        return count;
    }

    public static string OwnerKey(string subject) => "owner-" + TableKeys.Hash(subject);

    public static string ScopeKey(string scope) => "scope-" + scope;

    public static string UnitKey(string employerId) => "unit-" + employerId;

    private static IEnumerable<string> IndexKeys(ApplicationRecord r) => [OwnerKey(r.OwnerSub), ScopeKey(r.Route.Scope), UnitKey(r.Employer.EmployerId)];

    private Task WriteIndexAsync(ApplicationRecord record, CancellationToken ct) => Task.WhenAll(IndexKeys(record).Select(key =>
        Index.UpsertEntityAsync(new TableEntity(key, record.ApplicationId) { ["Stage"] = record.Stage.ToString() }, TableUpdateMode.Replace, ct)));

    private Task ReleaseLockAsync(ApplicationRecord record, CancellationToken ct) =>
        ReleaseLockAsync(record.Applicant.IdNumberIndex, record.ApplicationId, ct);

    /// <summary>Removes the person's lock if <paramref name="applicationId"/> still holds it.</summary>
    private async Task ReleaseLockAsync(string idNumberIndex, string applicationId, CancellationToken ct)
    {
        var held = await Locks.GetEntityIfExistsAsync<TableEntity>(idNumberIndex, LockRow, cancellationToken: ct);
        if (held.HasValue && held.Value!.GetString("ApplicationId") == applicationId)
            await Locks.DeleteEntityAsync(idNumberIndex, LockRow, held.Value.ETag, ct);
    }

    private static TableEntity Write(ApplicationRecord r) => new(r.ApplicationId, RecordRow)
    {
        ["Data"] = JsonSerializer.Serialize(r, Json),
        ["Stage"] = r.Stage.ToString(),
    };

    private static ApplicationRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<ApplicationRecord>(e.GetString("Data"), Json) ?? throw new InvalidDataException($"Application {e.PartitionKey} has no data.");
}
