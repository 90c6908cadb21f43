using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Registry;

/// <summary>Approved legal-entity unit admin permissions: partition = employer id, row = the person's subject.</summary>
public sealed class UnitAdminGrants(StorageClients storage)
{
    private TableClient Table => storage.Table(StorageNames.UnitAdminGrantsTable);

    public Task GrantAsync(string employerId, string subject, string requestId, DateTimeOffset grantedAt, CancellationToken ct) =>
        Table.UpsertEntityAsync(new TableEntity(employerId, TableKeys.Hash(subject)) { ["Subject"] = subject, ["RequestId"] = requestId, ["GrantedAt"] = grantedAt }, TableUpdateMode.Replace, ct);

    public async Task<bool> IsGrantedAsync(string employerId, string subject, CancellationToken ct) =>
        EmployerDirectory.IsValidId(employerId)
        && (await Table.GetEntityIfExistsAsync<TableEntity>(employerId, TableKeys.Hash(subject), select: ["RowKey"], cancellationToken: ct)).HasValue;
}
