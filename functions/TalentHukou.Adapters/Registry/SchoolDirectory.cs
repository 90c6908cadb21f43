using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// The school registry in Table storage. Each school is written twice: under partition <c>school</c> (row = id) for
/// look-ups by id, and under partition <c>name-{hash of the folded name}</c> (row = id) for exact full-name search,
/// which is then one partition query with no second read. Schools are never renamed, so the copies cannot drift.
/// </summary>
public sealed class SchoolDirectory(StorageClients storage)
{
    private const string RecordPartition = "school";

    private TableClient Table => storage.Table(StorageNames.SchoolsTable);

    public async Task<SchoolRecord?> GetAsync(string schoolId, CancellationToken ct)
    {
        if (!EmployerDirectory.IsValidId(schoolId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RecordPartition, schoolId, cancellationToken: ct);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    /// <summary>Exact full-name search after <see cref="NameFolding"/>.</summary>
    public async Task<IReadOnlyList<SchoolRecord>> FindByNameAsync(string name, CancellationToken ct)
    {
        var found = new List<SchoolRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {NameKey(name)}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            var school = ToRecord(row);
            if (NameFolding.Fold(school.Name) == NameFolding.Fold(name)) found.Add(school);
        }
        return found;
    }

    /// <summary>Writes the name copy first, then the record, so a school found by id is always searchable.</summary>
    public async Task SaveAsync(SchoolRecord school, CancellationToken ct)
    {
        await Table.UpsertEntityAsync(ToEntity(school, NameKey(school.Name)), TableUpdateMode.Replace, ct);
        await Table.UpsertEntityAsync(ToEntity(school, RecordPartition), TableUpdateMode.Replace, ct);
    }

    private static string NameKey(string name) => "name-" + TableKeys.Hash(NameFolding.Fold(name));

    private static TableEntity ToEntity(SchoolRecord s, string partition) => new(partition, s.SchoolId)
    {
        ["Name"] = s.Name,
        ["District"] = s.District,
        ["UpdatedAt"] = s.UpdatedAt,
    };

    private static SchoolRecord ToRecord(TableEntity e) =>
        new(
            e.RowKey,
            e.GetString("Name"),
            e.GetString("District"),
            e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
