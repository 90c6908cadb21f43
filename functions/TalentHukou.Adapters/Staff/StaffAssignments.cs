using Azure.Data.Tables;
using TalentHukou.Adapters.Storage;

namespace TalentHukou.Adapters.Staff;

/// <summary>
/// Who holds which staff role (table <c>StaffAssignments</c>): one row per subject in one partition (staff are few,
/// and the admin lists them all), keyed by the subject's hash so any subject text makes a valid key. Read once per
/// request of a staff caller; every write is announced (<see cref="AuthorizationChanges"/>) to the caches that may
/// keep it for reads.
/// </summary>
public sealed class StaffAssignments(StorageClients storage, AuthorizationChanges changes)
{
    private const string Partition = "staff";

    private TableClient Table => storage.Table(StorageNames.StaffAssignmentsTable);

    public async Task<StaffAssignment?> GetAsync(string subject, CancellationToken ct)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(
            Partition, TableKeys.Hash(subject), cancellationToken: ct);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>Replaces the subject's assignment.</summary>
    public async Task SetAsync(StaffAssignment assignment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await Table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Hash(assignment.Subject))
        {
            ["Subject"] = assignment.Subject,
            ["Roles"] = string.Join(',', assignment.Roles),
            ["Office"] = assignment.Office,
            ["AssignedBy"] = assignment.AssignedBy,
            ["AssignedAt"] = assignment.AssignedAt,
        }, TableUpdateMode.Replace, ct);
        changes.Announce(assignment.Subject);
    }

    /// <summary>Removes the subject's assignment; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string subject, CancellationToken ct)
    {
        var response = await Table.DeleteEntityAsync(Partition, TableKeys.Hash(subject), Azure.ETag.All, ct);
        changes.Announce(subject);
        return response.Status != 404;
    }

    /// <summary>One page of assignments (in key order) and the token of the next.</summary>
    public async Task<(IReadOnlyList<StaffAssignment> Items, string? ContinuationToken)> ListAsync(
        int pageSize, string? continuationToken, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var page in Table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: ct)
            .AsPages(continuationToken, pageSize))
            return (page.Values.Select(Read).ToList(), page.ContinuationToken);
        return ([], null);
    }

    private static StaffAssignment Read(TableEntity e) => new(
        e.GetString("Subject"),
        (e.GetString("Roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetString("Office"),
        e.GetString("AssignedBy") ?? "",
        e.GetDateTimeOffset("AssignedAt") ?? DateTimeOffset.MinValue);
}

/// <summary>One subject's staff roles, the reviewer office if any, and who assigned them when.</summary>
public sealed record StaffAssignment(
    string Subject, IReadOnlyList<string> Roles, string? Office, string AssignedBy, DateTimeOffset AssignedAt);
