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
        new(_changes, _time, Options.Create(new AuthOptions { RecentAuthorizationMaxAge = TimeSpan.FromSeconds(maxAgeSeconds) }));

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

        Assert.Equal("E-1", await cache.GetOrReadAsync("grant", "s1", () => Read("E-2")));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task GetOrRead_AtMaxAge_ReadsAgain()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));
        _time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal("E-2", await cache.GetOrReadAsync("grant", "s1", () => Read("E-2")));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task GetOrRead_ChangeAnnouncedForSubject_ReadsAgainAtOnce()
    {
        using var cache = Cache();
        await cache.GetOrReadAsync("staff", "s1", () => Read("reviewer"));
        await cache.GetOrReadAsync("staff", "s2", () => Read("support"));
        _changes.Announce("s1");

        Assert.Null(await cache.GetOrReadAsync<string>("staff", "s1", () => Task.FromResult<string?>(null)));
        Assert.Equal("support", await cache.GetOrReadAsync("staff", "s2", () => Read("other")));
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

        Assert.Null(await cache.GetOrReadAsync<string>("staff", "s1", () => Task.FromResult<string?>(null)));
    }

    [Fact]
    public async Task GetOrRead_MaxAgeZero_AlwaysReads()
    {
        using var cache = Cache(maxAgeSeconds: 0);
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));
        await cache.GetOrReadAsync("grant", "s1", () => Read("E-1"));

        Assert.Equal(2, _reads);
    }
}
