using System.Globalization;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Audit;

/// <summary>
/// The append-only audit trail (table <c>Audit</c>): every decision, ops control action and staff-assignment change.
/// One partition per UTC month; row keys count down in time, so a month reads newest first. There is no update or
/// delete here but <see cref="PurgeMonthsBeforeAsync"/> (whole months, never younger than
/// <see cref="MinimumRetention"/>), and nothing in the API changes a row.
/// </summary>
public sealed class AuditTrail(StorageClients storage, TimeProvider time)
{
    /// <summary>网络安全法 article 21: network logs are kept at least six months; 183 days covers any six.</summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromDays(183);

    private TableClient Table => storage.Table(StorageNames.AuditTable);

    /// <summary>Appends one entry, stamped now; returns it.</summary>
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var at = time.GetUtcNow();
        var entity = new TableEntity(MonthKey(at), RowKeyFor(at))
        {
            ["At"] = at,
            ["Actor"] = record.Actor,
            ["Role"] = record.Role,
            ["Action"] = record.Action,
            ["Target"] = record.Target,
            ["Outcome"] = record.Outcome,
            ["Detail"] = record.Detail,
        };
        await Table.AddEntityAsync(entity, ct);
        return new AuditEntry(
            at, record.Actor, record.Role, record.Action, record.Target, record.Outcome, record.Detail);
    }

    /// <summary>
    /// Entries newest first between <paramref name="from"/> and <paramref name="to"/>, filtered by exact actor, action
    /// and target; one page of at most <paramref name="pageSize"/>, and the token of the next.
    /// </summary>
    public async Task<(IReadOnlyList<AuditEntry> Items, string? ContinuationToken)> QueryAsync(
        AuditQuery query, int pageSize, string? continuationToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var to = query.To ?? time.GetUtcNow();
        var from = query.From ?? to.AddYears(-1);
        var (month, token) = AuditPageToken.Read(continuationToken) ?? (MonthKey(to), null);
        var items = new List<AuditEntry>();
        while (string.CompareOrdinal(month, MonthKey(from)) >= 0)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month} and At ge {from} and At le {to}");
            if (query.Actor is not null)
                filter += " and " + TableClient.CreateQueryFilter($"Actor eq {query.Actor}");
            if (query.Action is not null)
                filter += " and " + TableClient.CreateQueryFilter($"Action eq {query.Action}");
            if (query.Target is not null)
                filter += " and " + TableClient.CreateQueryFilter($"Target eq {query.Target}");
            await foreach (var page in Table
                .QueryAsync<TableEntity>(filter, pageSize - items.Count, cancellationToken: ct)
                .AsPages(token, pageSize - items.Count))
            {
                items.AddRange(page.Values.Select(Read));
                token = page.ContinuationToken;
                break;
            }
            // A page may come back short while the month holds more: the token says where to go on.
            if (token is not null) return (items, AuditPageToken.Write(month, token));
            month = PreviousMonth(month);
            if (items.Count >= pageSize)
                return (
                    items,
                    string.CompareOrdinal(month, MonthKey(from)) >= 0 ? AuditPageToken.Write(month, null) : null);
        }
        return (items, null);
    }

    /// <summary>
    /// Deletes the entries of every month that ended before <paramref name="keepFrom"/>'s month began (so nothing from
    /// <paramref name="keepFrom"/> on), at most <paramref name="max"/> of them; returns how many. Refuses a
    /// <paramref name="keepFrom"/> later than <see cref="MinimumRetention"/> ago, whatever the caller was told.
    /// </summary>
    public async Task<int> PurgeMonthsBeforeAsync(DateTimeOffset keepFrom, int max, CancellationToken ct)
    {
        if (keepFrom > time.GetUtcNow() - MinimumRetention)
            throw new ArgumentOutOfRangeException(nameof(keepFrom), keepFrom,
                $"Audit entries are kept at least {MinimumRetention.TotalDays} days.");
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {MonthKey(keepFrom)}");
        var purged = 0;
        var keys = Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct);
        await foreach (var entity in keys)
        {
            await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, Azure.ETag.All, ct);
            if (++purged >= max) break;
        }
        return purged;
    }

    private static AuditEntry Read(TableEntity e) => new(
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        e.GetString("Actor"),
        e.GetString("Role"),
        e.GetString("Action"),
        e.GetString("Target"),
        e.GetString("Outcome"),
        e.GetString("Detail"));

    private static string MonthKey(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static string PreviousMonth(string month) =>
        DateTime.ParseExact(month, "yyyyMM", CultureInfo.InvariantCulture)
            .AddMonths(-1)
            .ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <summary>Newest first: the ticks left until the end of time, then a random suffix against ties.</summary>
    private static string RowKeyFor(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
        + Guid.NewGuid().ToString("N")[..8];
}

/// <summary>What happened, by whom, to what: one audit entry before it is stamped.</summary>
public sealed record AuditRecord(
    string Actor,
    string Role,
    string Action,
    string Target,
    string Outcome,
    string? Detail = null)
{
    /// <summary>The role of an entry the service's own processes write (no person acted).</summary>
    public const string SystemRole = "system";
}

/// <summary>An audit entry as stored.</summary>
public sealed record AuditEntry(
    DateTimeOffset At, string Actor, string Role, string Action, string Target, string Outcome, string? Detail);

/// <summary>Which entries to read: a time range and exact filters, all optional.</summary>
public sealed record AuditQuery(
    string? Actor,
    string? Action,
    string? Target,
    DateTimeOffset? From,
    DateTimeOffset? To);
