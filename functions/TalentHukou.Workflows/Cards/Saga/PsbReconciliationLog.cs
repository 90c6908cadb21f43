using Azure.Data.Tables;
using TalentHukou.Adapters.Cards;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Workflows.Cards.Saga;

/// <summary>
/// The ops view of cards that public security does not know (seed Q7): one row per card in reconciliation, with its
/// state (<see cref="PsbReconciliationStatus"/>) and round. Ops metrics count the open ones as the reconciliation
/// backlog.
/// </summary>
public sealed class PsbReconciliationLog(StorageClients storage)
{
    public const string Partition = "psb";

    private TableClient Rows => storage.Table(StorageNames.PsbReconciliationsTable);

    public async Task ReportAsync(PsbReconciliationReport report, CancellationToken ct)
    {
        var existing = await Rows.GetEntityIfExistsAsync<TableEntity>(Partition, report.CardNumber, ["StartedAt"], ct);
        var row = new TableEntity(Partition, report.CardNumber)
        {
            ["ApplicationId"] = report.ApplicationId,
            ["Status"] = report.Status,
            ["Round"] = report.Round,
            ["StartedAt"] = existing.HasValue ? existing.Value!.GetDateTimeOffset("StartedAt") : report.At,
            ["UpdatedAt"] = report.At,
        };
        await Rows.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    public async Task<PsbReconciliationReport?> GetAsync(string cardNumber, CancellationToken ct)
    {
        var row = await Rows.GetEntityIfExistsAsync<TableEntity>(Partition, cardNumber, cancellationToken: ct);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>
    /// Rows by status, e.g. <c>{reconciling: 2, failed: 1, resolved: 7}</c>; the open backlog is reconciling + failed.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Rows.QueryAsync<TableEntity>(filter, select: ["Status"], cancellationToken: ct))
        {
            var status = row.GetString("Status");
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }
        return counts;
    }

    private static PsbReconciliationReport Read(TableEntity e) =>
        new(e.GetString("ApplicationId"), e.RowKey, e.GetString("Status"), e.GetInt32("Round") ?? 0,
            e.GetDateTimeOffset("UpdatedAt")!.Value);
}

/// <summary>The state of one card's reconciliation with public security, at a business instant.</summary>
public sealed record PsbReconciliationReport(
    string ApplicationId,
    string CardNumber,
    string Status,
    int Round,
    DateTimeOffset At);

/// <summary>Reconciliation states: open while <see cref="Reconciling"/> or <see cref="Failed"/>.</summary>
public static class PsbReconciliationStatus
{
    public const string Reconciling = "reconciling";
    public const string Failed = "failed";
    public const string Resolved = "resolved";
}
