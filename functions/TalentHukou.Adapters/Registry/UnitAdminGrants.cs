using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Registry;

/// <summary>
/// Approved legal-entity unit admin permissions: partition = employer id, row = the person's subject. A second row
/// per grant, in partition <c>_subject</c> (no employer id has an underscore), names the unit a subject was granted
/// most recently, so a request finds its caller's unit with one point read.
/// </summary>
public sealed class UnitAdminGrants(StorageClients storage, Staff.AuthorizationChanges changes)
{
    private const string BySubject = "_subject";

    private TableClient Table => storage.Table(StorageNames.UnitAdminGrantsTable);

    public async Task GrantAsync(
        string employerId, string subject, string requestId, DateTimeOffset grantedAt, CancellationToken ct)
    {
        var row = TableKeys.Hash(subject);
        await Table.UpsertEntityAsync(
            new TableEntity(employerId, row)
            {
                ["Subject"] = subject,
                ["RequestId"] = requestId,
                ["GrantedAt"] = grantedAt,
            },
            TableUpdateMode.Replace,
            ct);
        await Table.UpsertEntityAsync(
            new TableEntity(BySubject, row)
            {
                ["EmployerId"] = employerId,
                ["RequestId"] = requestId,
                ["GrantedAt"] = grantedAt,
            },
            TableUpdateMode.Replace,
            ct);
        changes.Announce(subject);
    }

    public async Task<bool> IsGrantedAsync(string employerId, string subject, CancellationToken ct) =>
        EmployerDirectory.IsValidId(employerId)
        && (await Table.GetEntityIfExistsAsync<TableEntity>(
            employerId, TableKeys.Hash(subject), select: ["RowKey"], cancellationToken: ct)).HasValue;

    /// <summary>The employer this subject was last granted unit admin permission for, if any.</summary>
    public async Task<string?> GrantedUnitAsync(string subject, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(
            BySubject, TableKeys.Hash(subject), select: ["EmployerId"], cancellationToken: ct);
        return row.HasValue ? row.Value!.GetString("EmployerId") : null;
    }
}
