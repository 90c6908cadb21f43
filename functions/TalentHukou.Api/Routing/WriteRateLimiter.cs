using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Api.Routing;

/// <summary>
/// Write budgets per subject, so one account cannot flood registries, applications or tickets. The budget is kept in
/// storage (table <c>WriteBudgets</c>: one row per subject, its current minute and the writes counted in it, updated
/// under its ETag), so every instance of the Function App counts against the same limit: scaled out to many instances,
/// an account still gets <see cref="RateLimitOptions.WritesPerMinute"/>, not that many per instance.
/// </summary>
public sealed partial class WriteRateLimiter(
    StorageClients storage, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<WriteRateLimiter> logger)
{
    private const string Row = "budget";

    /// <summary>
    /// Reads and conditional writes before giving up on a row other writes of the subject keep changing.
    /// </summary>
    private const int Attempts = 8;

    private TableClient Table => storage.Table(StorageNames.WriteBudgetsTable);

    /// <summary>
    /// Counts a write of <paramref name="subject"/>: null when it may go ahead, else how long until its budget refills.
    /// Writes racing on one subject that keep losing the row's ETag go ahead uncounted (and are logged) rather than
    /// fail: a limit is not worth refusing a legitimate request for, and the race cannot last past the limit.
    /// </summary>
    public Task<TimeSpan?> TryAcquireAsync(string subject, CancellationToken ct) =>
        TryAcquireAsync(subject, options.Value.WritesPerMinute, ct);

    /// <summary>
    /// Reads <paramref name="subject"/>'s write budget ahead (while the caller's authorization is read): hand it to
    /// <see cref="TryAcquireAsync(string, CancellationToken, BudgetRead)"/>, which counts the write from it.
    /// </summary>
    public BudgetRead ReadAhead(string subject, CancellationToken ct)
    {
        var partition = TableKeys.Hash(subject);
        var row = Table.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: ct);
        return new BudgetRead(subject, row);
    }

    /// <summary>Counts a write of <paramref name="subject"/>, its first attempt on the budget read ahead.</summary>
    public Task<TimeSpan?> TryAcquireAsync(string subject, CancellationToken ct, BudgetRead ahead)
    {
        ArgumentNullException.ThrowIfNull(ahead);
        return ahead.Subject == subject
            ? TryAcquireAsync(subject, options.Value.WritesPerMinute, TimeSpan.FromMinutes(1), ct, ahead.Row)
            : TryAcquireAsync(subject, ct);
    }

    /// <summary>
    /// Counts one use of another budget (<see cref="ClientRateLimits"/>: objections per subject, anonymous reads per
    /// client address) in the same table, keyed by <paramref name="key"/>, at most <paramref name="perMinute"/>.
    /// </summary>
    public Task<TimeSpan?> TryAcquireAsync(string key, int perMinute, CancellationToken ct) =>
        TryAcquireAsync(key, perMinute, TimeSpan.FromMinutes(1), ct);

    /// <summary>
    /// Like the per-minute budget, over fixed windows of <paramref name="window"/> (UTC, aligned to its length):
    /// at most <paramref name="allowed"/> uses of <paramref name="key"/> in each.
    /// </summary>
    public Task<TimeSpan?> TryAcquireAsync(string key, int allowed, TimeSpan window, CancellationToken ct) =>
        TryAcquireAsync(key, allowed, window, ct, null);

    private async Task<TimeSpan?> TryAcquireAsync(
        string key, int allowed, TimeSpan window, CancellationToken ct, Task<NullableResponse<TableEntity>>? firstRead)
    {
        var ticks = window.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var partition = TableKeys.Hash(key + "@" + ticks);
        if (window == TimeSpan.FromMinutes(1)) partition = TableKeys.Hash(key); // the rows budgets always had
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = time.GetUtcNow();
            var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
            var stored = attempt == 0 && firstRead is not null ? await firstRead
                : await Table.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: ct);
            var counted = stored.HasValue && stored.Value!.GetDateTimeOffset("Window") == start
                ? stored.Value.GetInt32("Count") ?? 0 : 0;
            if (counted >= allowed) return start + window - now;
            var budget = new TableEntity(partition, Row) { ["Window"] = start, ["Count"] = counted + 1 };
            try
            {
                if (stored.HasValue)
                    await Table.UpdateEntityAsync(budget, stored.Value!.ETag, TableUpdateMode.Replace, ct);
                else
                    await Table.AddEntityAsync(budget, ct);
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another write of this subject was counted first: read the row again.
            }
        }
        LogUncounted(logger, Attempts);
        return null;
    }

    [LoggerMessage(
        EventId = 1003,
        Level = LogLevel.Warning,
        Message = "A write went ahead uncounted: its subject's budget row changed under each of {Attempts} attempts")]
    private static partial void LogUncounted(ILogger logger, int attempts);
}

/// <summary>A subject's write budget row, read ahead of the count (<see cref="WriteRateLimiter.ReadAhead"/>).</summary>
public sealed record BudgetRead(string Subject, Task<NullableResponse<TableEntity>> Row)
{
    /// <summary>
    /// Waits for a read that was not used (the request was refused first), so its failure is observed.
    /// </summary>
    public async Task AbandonAsync()
    {
        try
        {
            await Row;
        }
        catch (Exception)
        {
            // Nothing was counted from it; the refusal stands.
        }
    }
}
