using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Staff;
using TalentHukou.Api.Auth;

namespace TalentHukou.Api.Tests.Staff;

/// <summary>The bound on how long a read-only request relies on an earlier read of a caller's authorization.</summary>
public class RecentAuthorizationsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-07T09:00:00+08:00"));
    private readonly AuthorizationChanges _changes = new();
    private int _reads;

    private RecentAuthorizations Cache(double maxAgeSeconds = 4) =>
        new(
            _changes,
            _time,
            Options.Create(new AuthOptions { RecentAuthorizationMaxAge = TimeSpan.FromSeconds(maxAgeSeconds) }));

    private Task<string?> Read(string value)
    {
        _reads++;
        return Task.FromResult<string?>(value);
    }

    [Fact]
    public async Task GetOrRead_WithinMaxAge_ServedWithoutReading()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));
        _time.Advance(TimeSpan.FromSeconds(3.9));

        Assert.Equal("E-1", (await cache.GetOrReadAsync("grant", "s1", () => Read("E-2"))).Value);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task GetOrRead_AtMaxAge_ReadsAgain()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));
        _time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal("E-2", (await cache.GetOrReadAsync("grant", "s1", () => Read("E-2"))).Value);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task GetOrRead_ChangeAnnouncedForSubject_ReadsAgainAtOnce()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("staff", "s1", () => Read("reviewer"));
        await cache.GetOrReadAsync("staff", "s2", () => Read("support"));
        _changes.Announce("s1");

        Assert.Null((await cache.GetOrReadAsync<string>("staff", "s1", () => Task.FromResult<string?>(null))).Value);
        Assert.Equal("support", (await cache.GetOrReadAsync("staff", "s2", () => Read("other"))).Value);
    }

    [Fact]
    public async Task GetOrRead_ChangeDuringTheRead_ResultNotKept()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("staff", "s1", () =>
        {
            _changes.Announce("s1"); // the revocation lands while the old value is on its way back
            return Read("reviewer");
        });

        Assert.Null((await cache.GetOrReadAsync<string>("staff", "s1", () => Task.FromResult<string?>(null))).Value);
    }

    [Fact]
    public async Task GetOrRead_MaxAgeZero_AlwaysReads()
    {
        using var cache = Cache(maxAgeSeconds: 0);
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task GetOrRead_SlowRead_AgeCountsFromWhenTheReadBegan()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("staff", "s1", () =>
        {
            _time.Advance(TimeSpan.FromSeconds(3)); // storage answers 3 s after the read began
            return Read("reviewer");
        });
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("revoked", (await cache.GetOrReadAsync("staff", "s1", () => Read("revoked"))).Value);
    }

    [Fact]
    public async Task IsCurrent_EntryServedBeforeTheBoundButCheckedAfter_NotCurrent()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("staff", "s1", () => Read("reviewer"));
        _time.Advance(TimeSpan.FromSeconds(3.9));
        var served = await cache.GetOrReadAsync("staff", "s1", () => Read("revoked"));
        Assert.True(served.FromCache);
        Assert.True(cache.IsCurrent(served));

        _time.Advance(TimeSpan.FromSeconds(0.1)); // e.g. the caller's other read took that long before the decision
        Assert.False(cache.IsCurrent(served));
    }

    [Fact]
    public async Task IsCurrent_ReadMadeForTheRequest_CurrentHoweverLongItTook()
    {
        using var cache = Cache();
        var read = await cache.GetOrReadAsync("staff", "s1", () =>
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            return Read("reviewer");
        });

        Assert.False(read.FromCache);
        Assert.True(cache.IsCurrent(read));
    }

    [Fact]
    public async Task GetOrRead_EarlierReadFinishingLast_DoesNotReplaceTheLaterOne()
    {
        using var cache = Cache();
        var earlier = new TaskCompletionSource<string?>();
        var slow = cache.GetOrReadAsync("staff", "s1", () => earlier.Task);
        _time.Advance(TimeSpan.FromSeconds(2));
        await cache.GetOrReadAsync("staff", "s1", () => Read("revoked"));
        earlier.SetResult("reviewer");
        await slow;
        _time.Advance(TimeSpan.FromSeconds(1));

        // The read that began before the revocation must not bring back the value the later read replaced.
        Assert.Equal("revoked", (await cache.GetOrReadAsync("staff", "s1", () => Read("other"))).Value);
    }
}
