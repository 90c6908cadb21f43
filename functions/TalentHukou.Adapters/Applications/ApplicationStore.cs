using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Adapters.Applications;

/// <summary>
/// Applications in Table storage: the read model (partition = application id) and its list index rows (partition =
/// owner / reviewer scope / employer, row = application id, carrying the stage). The person's lock is
/// <see cref="ActiveApplicationLocks"/>; the not-yet-started mark is <see cref="Processes.UnstartedMarks"/>.
/// </summary>
public sealed class ApplicationStore(StorageClients storage)
{
    private const string RecordRow = "app";

    /// <summary>Set on records whose row keeps their notices' summaries (stored by this release on).</summary>
    private const string KeepsNoticesColumn = "KeepsNotices";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Records => storage.Table(StorageNames.ApplicationsTable);
    private TableClient Index => storage.Table(StorageNames.ApplicationIndexTable);

    public static bool IsValidId(string id) => id.Length is > 1 and <= 40 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>The record, its ETag, and when it was last written by the storage's clock.</summary>
    public async Task<(ApplicationRecord Record, ETag ETag, DateTimeOffset LastWritten)?> GetAsync(
        string applicationId, CancellationToken ct)
    {
        if (!IsValidId(applicationId)) return null;
        var row = await Records.GetEntityIfExistsAsync<TableEntity>(applicationId, RecordRow, cancellationToken: ct);
        return row.HasValue
            ? (Read(row.Value!), row.Value!.ETag, row.Value.Timestamp ?? DateTimeOffset.MinValue)
            : null;
    }

    /// <summary>The record with the ETag a conditional write needs, or null when it does not exist.</summary>
    public async Task<StoredApplication?> GetStoredAsync(string applicationId, CancellationToken ct) =>
        await GetAsync(applicationId, ct) is { } found ? new StoredApplication(found.Record, found.ETag) : null;

    /// <summary>
    /// The record with its notices as the status read shows them (<see cref="NoticeSummary"/>), from one point read;
    /// <c>Notices</c> is null for a record stored before its row kept them (read the outbox for those).
    /// </summary>
    public async Task<(ApplicationRecord Record, IReadOnlyList<NoticeSummary>? Notices)?> GetWithNoticesAsync(
        string applicationId, CancellationToken ct)
    {
        if (!IsValidId(applicationId)) return null;
        var row = await Records.GetEntityIfExistsAsync<TableEntity>(applicationId, RecordRow, cancellationToken: ct);
        if (!row.HasValue) return null;
        var entity = row.Value!;
        IReadOnlyList<NoticeSummary>? notices = entity.GetBoolean(KeepsNoticesColumn) == true
            ? [.. entity.Keys.Where(k => k.StartsWith(NoticeSummary.ColumnPrefix, StringComparison.Ordinal))
                .Select(k => NoticeSummary.Read(entity.GetString(k))).OfType<NoticeSummary>().OrderBy(n => n.QueuedAt)]
            : null;
        return (Read(entity), notices);
    }

    /// <summary>
    /// Keeps a notice's summary with its application's record (a merge of its one column, so the record's own writes
    /// and the other notices stay as they are); nothing when the record is gone.
    /// </summary>
    public Task KeepNoticeAsync(string applicationId, NoticeSummary notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return KeepNoticesAsync(applicationId, [notice], ct);
    }

    /// <summary>As <see cref="KeepNoticeAsync"/>, for several notices in one merge.</summary>
    public async Task KeepNoticesAsync(string applicationId, IReadOnlyCollection<NoticeSummary> notices,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (!IsValidId(applicationId) || notices.Count == 0) return;
        try
        {
            var columns = new TableEntity(applicationId, RecordRow);
            foreach (var notice in notices) columns[notice.Column] = notice.Write();
            await Records.UpdateEntityAsync(columns, ETag.All, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Removed (never started, or erased): nothing shows its notices any more.
        }
    }

    /// <summary>Stores a new application: its record and its list index rows.</summary>
    public Task AddAsync(ApplicationRecord record, CancellationToken ct)
    {
        var row = Write(record);
        row[KeepsNoticesColumn] = true;
        return Task.WhenAll(Records.AddEntityAsync(row, ct), WriteIndexAsync(record, ct));
    }

    /// <summary>Whether an application's record exists.</summary>
    public async Task<bool> ExistsAsync(string applicationId, CancellationToken ct) =>
        IsValidId(applicationId)
        && (await Records.GetEntityIfExistsAsync<TableEntity>(
            applicationId, RecordRow, select: ["RowKey"], cancellationToken: ct)).HasValue;

    /// <summary>
    /// Replaces the record if it has not changed since it was read; false on a concurrent change. A merge of the
    /// record's columns, so the notice summaries kept in the same row stay (every record column is always written).
    /// The index rows carry the queue fields (stage, due time, escalation), so they are rewritten only when those
    /// differ from <paramref name="stored"/>'s.
    /// </summary>
    public async Task<bool> TryReplaceAsync(
        ApplicationRecord record, ETag etag, ApplicationRecord stored, CancellationToken ct) =>
        (await TryReplaceAsync(record, etag, stored, [], ct)).Written;

    /// <summary>
    /// As above, with <paramref name="notices"/>' summaries (<see cref="KeepNoticeAsync"/>) in the same write; whether
    /// it was written (false on a concurrent change) and the row's new ETag.
    /// </summary>
    public async Task<(bool Written, ETag? ETag)> TryReplaceAsync(
        ApplicationRecord record, ETag etag, ApplicationRecord stored,
        IReadOnlyCollection<NoticeSummary> notices, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(notices);
        ETag? written;
        try
        {
            var row = Write(record);
            foreach (var notice in notices) row[notice.Column] = notice.Write();
            written = (await Records.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, ct)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return (false, null);
        }
        if (ApplicationQueueRow.Of(record) != ApplicationQueueRow.Of(stored)) await WriteIndexAsync(record, ct);
        return (true, written);
    }

    /// <summary>
    /// Removes the record and index rows of an application (compensation when its process could not start).
    /// </summary>
    public async Task DeleteAsync(ApplicationRecord record, CancellationToken ct)
    {
        foreach (var key in IndexKeys(record)) await Index.DeleteEntityAsync(key, record.ApplicationId, ETag.All, ct);
        await Records.DeleteEntityAsync(record.ApplicationId, RecordRow, ETag.All, ct);
    }

    public async Task<(IReadOnlyList<ApplicationRecord> Items, string? ContinuationToken)> ListAsync(
        string indexKey, ApplicationStage? stage, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {indexKey}");
        if (stage is not null) filter += " and " + TableClient.CreateQueryFilter($"Stage eq {stage.Value.ToString()}");
        await foreach (var page in Index.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: ct)
            .AsPages(continuationToken, pageSize))
        {
            var items = new List<ApplicationRecord>();
            foreach (var row in page.Values)
                if (await GetAsync(row.RowKey, ct) is { } found) items.Add(found.Record);
            return (items, page.ContinuationToken);
        }
        return ([], null);
    }

    /// <summary>
    /// Every index row of <paramref name="indexKey"/> (a reviewer scope, a unit, an owner): the queue fields only, so
    /// that a queue can sort by due time and count by stage from one partition read.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationQueueRow>> ScanIndexAsync(string indexKey, CancellationToken ct)
    {
        var rows = new List<ApplicationQueueRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {indexKey}");
        await foreach (var row in Index.QueryAsync<TableEntity>(
            filter, select: ["RowKey", "Stage", "DueBy", "Escalated", "Scope"], cancellationToken: ct))
            rows.Add(new(
                row.RowKey,
                Enum.Parse<ApplicationStage>(row.GetString("Stage")),
                row.GetDateTimeOffset("DueBy"),
                row.GetBoolean("Escalated") ?? false,
                row.GetString("Scope")));
        return rows;
    }

    /// <summary>One page of every application's id, in key order (a key rotation walks them all).</summary>
    public async Task<(IReadOnlyList<string> Ids, string? ContinuationToken)> ScanIdsAsync(
        string? continuationToken, int pageSize, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RecordRow}");
        await foreach (var page in Records
            .QueryAsync<TableEntity>(filter, pageSize, select: ["PartitionKey"], cancellationToken: ct)
            .AsPages(continuationToken, pageSize))
            return (page.Values.Select(e => e.PartitionKey).ToList(), page.ContinuationToken);
        return ([], null);
    }

    /// <summary>
    /// Every application's queue fields (stage, office), from the reviewer-scope index rows: one partition range read.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationQueueRow>> ScanScopeRowsAsync(CancellationToken ct)
    {
        var rows = new List<ApplicationQueueRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"scope-"} and PartitionKey lt {"scope."}");
        string[] columns = ["PartitionKey", "RowKey", "Stage", "DueBy", "Escalated"];
        await foreach (var row in Index.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: ct))
            rows.Add(new(
                row.RowKey,
                Enum.Parse<ApplicationStage>(row.GetString("Stage")),
                row.GetDateTimeOffset("DueBy"),
                row.GetBoolean("Escalated") ?? false,
                row.PartitionKey["scope-".Length..]));
        return rows;
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

    /// <summary>
    /// Applications waiting at a step that passed its escalation deadline (unit review, HRSS review, card office).
    /// </summary>
    public async Task<int> CountEscalatedWaitingAsync(CancellationToken ct)
    {
        var waiting = new Dictionary<string, string>
        {
            [nameof(ApplicationStage.UnitReview)] = "unit-review",
            [nameof(ApplicationStage.HrssReview)] = "hrss-review",
            [nameof(ApplicationStage.AwaitingCard)] = "card-office",
        };
        var filter = string.Join(
            " or ", waiting.Keys.Select(stage => TableClient.CreateQueryFilter($"Stage eq {stage}")));
        var count = 0;
        await foreach (var row in Records.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            var record = Read(row);
            if (record.Escalations.Any(e => e.Step == waiting[record.Stage.ToString()])) count++;
        }
        return count;
    }

    /// <summary>
    /// Up to <paramref name="max"/> rejected or withdrawn applications that still keep materials (for the retention
    /// job): a filter on the record rows' <c>KeepsMaterials</c> column, which only such records carry as true.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationRecord>> ClosedWithMaterialsAsync(int max, CancellationToken ct)
    {
        const string rejected = nameof(ApplicationStage.Rejected), withdrawn = nameof(ApplicationStage.Withdrawn);
        var filter = TableClient.CreateQueryFilter(
            $"KeepsMaterials eq {true} and (Stage eq {rejected} or Stage eq {withdrawn})");
        var records = new List<ApplicationRecord>();
        await foreach (var row in Records.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            records.Add(Read(row));
            if (records.Count >= max) break;
        }
        return records;
    }

    public static string OwnerKey(string subject) => "owner-" + TableKeys.Hash(subject);

    public static string ScopeKey(string scope) => "scope-" + scope;

    public static string UnitKey(string employerId) => "unit-" + employerId;

    private static IEnumerable<string> IndexKeys(ApplicationRecord r) =>
        [OwnerKey(r.OwnerSub), ScopeKey(r.Route.Scope), UnitKey(r.Employer.EmployerId)];

    private Task WriteIndexAsync(ApplicationRecord record, CancellationToken ct) =>
        Task.WhenAll(IndexKeys(record).Select(key =>
            Index.UpsertEntityAsync(new TableEntity(key, record.ApplicationId)
            {
                ["Stage"] = record.Stage.ToString(),
                ["DueBy"] = record.Waiting?.DueBy,
                ["Escalated"] = record.IsEscalated,
                ["Scope"] = record.Route.Scope,
            }, TableUpdateMode.Replace, ct)));

    private static TableEntity Write(ApplicationRecord r) => new(r.ApplicationId, RecordRow)
    {
        ["Data"] = JsonSerializer.Serialize(r, Json),
        ["Stage"] = r.Stage.ToString(),
        ["KeepsMaterials"] = r.Materials.Count > 0 && r.MaterialsDeletedAt is null,
    };

    private static ApplicationRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<ApplicationRecord>(e.GetString("Data"), Json)
        ?? throw new InvalidDataException($"Application {e.PartitionKey} has no data.");
}

/// <summary>An application's record as stored, with the ETag a conditional write needs.</summary>
public sealed record StoredApplication(ApplicationRecord Record, ETag ETag);
