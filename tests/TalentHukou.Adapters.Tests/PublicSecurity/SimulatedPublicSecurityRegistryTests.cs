using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Tests.Cards;
using TalentHukou.Testing.Cards;
using TalentHukou.Testing.Storage;

namespace TalentHukou.Adapters.Tests.PublicSecurity;

/// <summary>The simulated public-security registry and its faults (seed Q7).</summary>
public sealed class SimulatedPublicSecurityRegistryTests : IAsyncLifetime
{
    private const string IdNumber = "44010619900101123X";
    private static readonly PsbCardHolder Card = new("R2601234567805", "陈思远", IdNumber);
    private readonly TestOptionsMonitor<PublicSecurityOptions> faults = new(new PublicSecurityOptions());
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-03-02T01:00:00Z"));
    private StorageClients storage = null!;
    private SimulatedPublicSecurityRegistry registry = null!;

    public async Task InitializeAsync()
    {
        storage = await TestStorage.CreateAsync(StorageNames.PublicSecurityCardsTable);
        registry = new SimulatedPublicSecurityRegistry(
            storage, CardTestData.HolderDigest, faults, time, NullLogger<SimulatedPublicSecurityRegistry>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CrossCheck_RegisteredCard_FoundOnlyForItsHolder()
    {
        Assert.True(await registry.RegisterAsync(Card, default));

        Assert.True(await registry.CrossCheckAsync(Card, default));
        Assert.True(await registry.CrossCheckAsync(Card with { IdNumber = IdNumber.ToLowerInvariant() }, default));
        Assert.False(await registry.CrossCheckAsync(Card with { Name = "陈思" }, default));
        Assert.False(await registry.CrossCheckAsync(Card with { IdNumber = "440106199001011246" }, default));
        Assert.False(await registry.CrossCheckAsync(Card with { CardNumber = "R2601234567806" }, default));
        Assert.False(await registry.CrossCheckAsync(Card with { CardNumber = "not-a-card" }, default));
    }

    [Fact]
    public async Task Register_StoresADigestOfTheHolder_NeverTheIdNumberOrName()
    {
        await registry.RegisterAsync(Card, default);

        var row = (await storage.Table(StorageNames.PublicSecurityCardsTable)
            .GetEntityAsync<TableEntity>(Card.CardNumber, "card")).Value;
        Assert.All(row.Select(p => p.Value), value => Assert.DoesNotContain(IdNumber, value?.ToString() ?? ""));
        Assert.All(row.Select(p => p.Value), value => Assert.DoesNotContain(Card.Name, value?.ToString() ?? ""));
    }

    [Fact]
    public async Task CrossCheck_RowRegisteredBeforeDigestsWereKeyed_StillFoundForItsHolder()
    {
        // Such rows hold the plain SHA-256 and no DigestVersion.
        await storage.Table(StorageNames.PublicSecurityCardsTable).AddEntityAsync(
            new TableEntity(Card.CardNumber, "card") { ["HolderDigest"] = CardTestData.UnkeyedHolderDigest });

        Assert.True(await registry.CrossCheckAsync(Card, default));
        Assert.False(await registry.CrossCheckAsync(Card with { IdNumber = "440106199001011246" }, default));
    }

    [Fact]
    public async Task Register_LostWrites_AcknowledgedButNotStored()
    {
        faults.CurrentValue = new PublicSecurityOptions { LostWriteRate = 1 };

        Assert.True(await registry.RegisterAsync(Card, default));

        Assert.False(await registry.CrossCheckAsync(Card, default));
    }

    [Fact]
    public async Task Calls_FailureRateOne_ThrowUnavailable()
    {
        faults.CurrentValue = new PublicSecurityOptions { FailureRate = 1 };

        await Assert.ThrowsAsync<PublicSecurityUnavailableException>(() => registry.RegisterAsync(Card, default));
        await Assert.ThrowsAsync<PublicSecurityUnavailableException>(() => registry.CrossCheckAsync(Card, default));
    }

    [Fact]
    public async Task Calls_AddedLatency_WaitForIt()
    {
        faults.CurrentValue = new PublicSecurityOptions { AddedLatency = TimeSpan.FromSeconds(2) };

        var call = registry.CrossCheckAsync(Card, default);
        await Task.Delay(50);
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(await call);
    }

    [Theory]
    [InlineData(-0.1, 0, 0)]
    [InlineData(1.1, 0, 0)]
    [InlineData(0, 2, 0)]
    [InlineData(0, 0, -1)]
    public void Options_OutOfRange_Invalid(double failureRate, double lostWriteRate, int latencySeconds) =>
        Assert.NotEmpty(new PublicSecurityOptions
        {
            FailureRate = failureRate,
            LostWriteRate = lostWriteRate,
            AddedLatency = TimeSpan.FromSeconds(latencySeconds),
        }.Problems(new HostingEnvironment { EnvironmentName = Environments.Development }));
}
