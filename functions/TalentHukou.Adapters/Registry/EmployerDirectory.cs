using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// The employer registry in Table storage: one row per employer (partition <c>employer</c>), plus index rows per
/// folded full name and per credit code (partition = hash of the key, row = employer id) for exact look-ups.
/// </summary>
public sealed class EmployerDirectory(StorageClients storage)
{
    private const string RecordPartition = "employer";

    private TableClient Table => storage.Table(StorageNames.EmployersTable);

    public async Task<EmployerRecord?> GetAsync(string employerId, CancellationToken ct)
    {
        if (!IsValidId(employerId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RecordPartition, employerId, cancellationToken: ct);
        return row.HasValue ? EmployerEntity.ToRecord(row.Value!) : null;
    }

    /// <summary>Exact full-name search after folding (trim, full-width → half-width, whitespace).</summary>
    public Task<IReadOnlyList<EmployerRecord>> FindByNameAsync(string name, CancellationToken ct) =>
        FindByIndexAsync(NameKey(name), r => NameFolding.Fold(r.Details.Name) == NameFolding.Fold(name), ct);

    public Task<IReadOnlyList<EmployerRecord>> FindByCreditCodeAsync(string creditCode, CancellationToken ct) =>
        FindByIndexAsync(CreditKey(creditCode), r => r.Details.CreditCode == creditCode, ct);

    /// <summary>Writes the employer and its index rows; a stale index row from an old name is removed last.</summary>
    public async Task SaveAsync(EmployerRecord record, CancellationToken ct)
    {
        var previous = await GetAsync(record.EmployerId, ct);
        await Table.UpsertEntityAsync(
            IndexRow(NameKey(record.Details.Name), record.EmployerId), TableUpdateMode.Replace, ct);
        await Table.UpsertEntityAsync(
            IndexRow(CreditKey(record.Details.CreditCode), record.EmployerId), TableUpdateMode.Replace, ct);
        await Table.UpsertEntityAsync(EmployerEntity.From(record, RecordPartition), TableUpdateMode.Replace, ct);
        if (previous is null) return;
        if (NameKey(previous.Details.Name) != NameKey(record.Details.Name))
            await Table.DeleteEntityAsync(NameKey(previous.Details.Name), record.EmployerId, ETag.All, ct);
        if (previous.Details.CreditCode != record.Details.CreditCode)
            await Table.DeleteEntityAsync(CreditKey(previous.Details.CreditCode), record.EmployerId, ETag.All, ct);
    }

    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private async Task<IReadOnlyList<EmployerRecord>> FindByIndexAsync(
        string partition, Func<EmployerRecord, bool> stillMatches, CancellationToken ct)
    {
        var found = new List<EmployerRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var index in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
        {
            if (await GetAsync(index.RowKey, ct) is { } record && stillMatches(record)) found.Add(record);
        }
        return found;
    }

    private static string NameKey(string name) => "name-" + TableKeys.Hash(NameFolding.Fold(name));

    private static string CreditKey(string creditCode) => "credit-" + TableKeys.Hash(creditCode);

    private static TableEntity IndexRow(string partition, string employerId) => new(partition, employerId);
}
