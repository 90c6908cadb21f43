using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Text;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// The majors of each school in Table storage: partition = school id, so every query stays inside one school; each
/// major is written under row <c>id-{majorId}</c> (look-up by id) and row <c>name-{hash of the folded name}</c>
/// (exact full-name search as a point read). A school has at most one major of a given name.
/// </summary>
public sealed class MajorDirectory(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.MajorsTable);

    public async Task<MajorRecord?> GetAsync(string schoolId, string majorId, CancellationToken ct)
    {
        if (!EmployerDirectory.IsValidId(schoolId) || !EmployerDirectory.IsValidId(majorId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(schoolId, IdKey(majorId), cancellationToken: ct);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    /// <summary>The school's major with exactly this full name (after <see cref="NameFolding"/>), if any.</summary>
    public async Task<MajorRecord?> FindByNameAsync(string schoolId, string name, CancellationToken ct)
    {
        if (!EmployerDirectory.IsValidId(schoolId)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(schoolId, NameKey(name), cancellationToken: ct);
        return row.HasValue && NameFolding.Fold(row.Value!.GetString("Name")) == NameFolding.Fold(name)
            ? ToRecord(row.Value)
            : null;
    }

    /// <summary>Writes the name row first, then the id row, in one partition.</summary>
    public async Task SaveAsync(MajorRecord major, CancellationToken ct)
    {
        await Table.UpsertEntityAsync(ToEntity(major, NameKey(major.Name)), TableUpdateMode.Replace, ct);
        await Table.UpsertEntityAsync(ToEntity(major, IdKey(major.MajorId)), TableUpdateMode.Replace, ct);
    }

    private static string IdKey(string majorId) => "id-" + majorId;

    private static string NameKey(string name) => "name-" + TableKeys.Hash(NameFolding.Fold(name));

    private static TableEntity ToEntity(MajorRecord m, string row) => new(m.SchoolId, row)
    {
        ["MajorId"] = m.MajorId,
        ["Name"] = m.Name,
        ["UpdatedAt"] = m.UpdatedAt,
    };

    private static MajorRecord ToRecord(TableEntity e) =>
        new(
            e.GetString("MajorId"),
            e.PartitionKey,
            e.GetString("Name"),
            e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
