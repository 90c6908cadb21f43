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
public sealed partial class WriteRateLimiter(StorageClients storage, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<WriteRateLimiter> logger)
{
    private const string Row = "budget";

    /// <summary>Reads and conditional writes before giving up on a row other writes of the subject keep changing.</summary>
    private const int Attempts = 8;

    private TableClient Table => storage.Table(StorageNames.WriteBudgetsTable);

    /// <summary>
    /// Counts a write of <paramref name="subject"/>: null when it may go ahead, else how long until its budget refills.
    /// Writes racing on one subject that keep losing the row's ETag go ahead uncounted (and are logged) rather than
    /// fail: a limit is not worth refusing a legitimate request for, and the race cannot last past the limit.
    /// </summary>
    public Task<TimeSpan?> TryAcquireAsync(string subject, CancellationToken ct) =>
        TryAcquireAsync(subject, options.Value.WritesPerMinute, ct);

    /// <summary>Counts one use of a budget of its own, <paramref name="perMinute"/> a minute, under <paramref name="key"/>.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(string key, int perMinute, CancellationToken ct)
    {
        var partition = TableKeys.Hash(key);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = time.GetUtcNow();
            var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: ct);
            var counted = stored.HasValue && stored.Value!.GetDateTimeOffset("Window") == window ? stored.Value.GetInt32("Count") ?? 0 : 0;
            if (counted >= perMinute) return window.AddMinutes(1) - now;
            var budget = new TableEntity(partition, Row) { ["Window"] = window, ["Count"] = counted + 1 };
            try
            {
                if (stored.HasValue) await Table.UpdateEntityAsync(budget, stored.Value!.ETag, TableUpdateMode.Replace, ct);
                else await Table.AddEntityAsync(budget, ct);
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

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "A write went ahead uncounted: its subject's budget row changed under each of {Attempts} attempts")]
    private static partial void LogUncounted(ILogger logger, int attempts);
}
