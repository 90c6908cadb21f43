using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Registry;
using TalentHukou.Testing.Storage;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Registry.Activities;

namespace TalentHukou.Workflows.Tests.Registry;

/// <summary>A holiday notice moves a registry request's SLA on Azurite only while the request waits at it.</summary>
public sealed class MoveRegistryDueByTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Filed = new(2026, 9, 28, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset DueBy = new(2026, 10, 8, 17, 30, 0, TimeSpan.FromHours(8));
    private static readonly DeadlineMove Move =
        new(DeadlineKinds.RegistrySla, DueBy, DueBy.AddDays(1), "国办发明电〔2026〕17号");

    private RegistryRequestStore store = null!;

    public async Task InitializeAsync() =>
        store = new RegistryRequestStore(await TestStorage.CreateAsync(StorageNames.RegistryRequestsTable));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Run_PendingAtTheMovedDeadline_StoresTheNewDueBy()
    {
        var request = await AddAsync(RegistryRequestStatus.Pending, DueBy);

        Assert.True(await RunAsync(request));
        Assert.Equal(Move.To, (await store.GetAsync(request.RequestId, CancellationToken.None))!.DueBy);
    }

    [Theory]
    [InlineData(RegistryRequestStatus.Approved, 0)]
    [InlineData(RegistryRequestStatus.Pending, 2)]
    public async Task Run_DecidedOrMovedOtherwise_KeepsWhatItHas(RegistryRequestStatus status, int daysLater)
    {
        var request = await AddAsync(status, DueBy.AddDays(daysLater));

        Assert.False(await RunAsync(request));
        var stored = await store.GetAsync(request.RequestId, CancellationToken.None);
        Assert.Equal((status, request.DueBy), (stored!.Status, stored.DueBy));
    }

    private Task<bool> RunAsync(RegistryRequest request) =>
        new MoveRegistryDueBy(store).RunAsync(null!, new StaffDeadlineMoved(request.RequestId, Move));

    private async Task<RegistryRequest> AddAsync(RegistryRequestStatus status, DateTimeOffset dueBy)
    {
        var request = new RegistryRequest(TableKeys.SortableId("RQ", Filed), RegistryRequestType.Major, status,
            "requester-" + Guid.NewGuid().ToString("N")[..8], "人工智能", Filed, dueBy, "{}");
        await store.AddAsync(request, CancellationToken.None);
        return request;
    }
}
