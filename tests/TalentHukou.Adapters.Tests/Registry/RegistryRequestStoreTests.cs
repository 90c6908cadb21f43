using Azure;
using Azure.Data.Tables;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Registry;
using TalentHukou.Testing.Storage;

namespace TalentHukou.Adapters.Tests.Registry;

/// <summary>Registry requests on Azurite: an update is written only over the row it was made from.</summary>
public sealed class RegistryRequestStoreTests : IAsyncLifetime
{
    private StorageClients storage = null!;

    public async Task InitializeAsync() => storage = await TestStorage.CreateAsync(StorageNames.RegistryRequestsTable);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Update_RequestDecidedBetweenReadAndWrite_ChangeReappliedToTheDecidedRequest()
    {
        var store = new RegistryRequestStore(storage);
        var request = await AddPendingAsync(store);
        var seen = new List<RegistryRequestStatus>();

        var updated = await store.UpdateAsync(request.RequestId, current =>
        {
            seen.Add(current.Status);
            if (seen.Count == 1) Approve(request.RequestId); // another writer lands between this read and its write
            return current.Status == RegistryRequestStatus.Pending
                ? current with { DueBy = current.DueBy.AddDays(2) }
                : null;
        }, CancellationToken.None);

        Assert.Null(updated);
        Assert.Equal([RegistryRequestStatus.Pending, RegistryRequestStatus.Approved], seen);
        var stored = await store.GetAsync(request.RequestId, CancellationToken.None);
        Assert.Equal((RegistryRequestStatus.Approved, request.DueBy), (stored!.Status, stored.DueBy));
    }

    [Fact]
    public async Task Update_NobodyElseWrites_WritesTheChangeOnce()
    {
        var store = new RegistryRequestStore(storage);
        var request = await AddPendingAsync(store);
        var calls = 0;

        var updated = await store.UpdateAsync(request.RequestId, current =>
        {
            calls++;
            return current with { DueBy = current.DueBy.AddDays(2) };
        }, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal(request.DueBy.AddDays(2), updated!.DueBy);
        var stored = await store.GetAsync(request.RequestId, CancellationToken.None);
        Assert.Equal((RegistryRequestStatus.Pending, request.DueBy.AddDays(2)), (stored!.Status, stored.DueBy));
        Assert.Null(await store.UpdateAsync("RQ0MISSING", r => r, CancellationToken.None));
    }

    private static async Task<RegistryRequest> AddPendingAsync(RegistryRequestStore store)
    {
        var filed = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        var request = new RegistryRequest(TableKeys.SortableId("RQ", filed), RegistryRequestType.School,
            RegistryRequestStatus.Pending, "requester-" + Guid.NewGuid().ToString("N")[..8], "某某职业学院", filed,
            filed.AddDays(3), "{}");
        await store.AddAsync(request, CancellationToken.None);
        return request;
    }

    /// <summary>A decision written by someone else, straight to the request's row.</summary>
    private void Approve(string requestId)
    {
        var table = storage.Table(StorageNames.RegistryRequestsTable);
        var row = table.Query<TableEntity>(e => e.RowKey == requestId)
            .Single(e => e.GetString("Status") is not null); // not the requester's index row
        row["Status"] = nameof(RegistryRequestStatus.Approved);
        table.UpdateEntity(row, ETag.All, TableUpdateMode.Replace);
    }
}
