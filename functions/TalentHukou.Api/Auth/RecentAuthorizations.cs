using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Staff;

namespace TalentHukou.Api.Auth;

/// <summary>
/// Staff assignments and unit-admin grants as this instance read them moments ago, for read-only requests (ADR 0016).
/// An entry is used for at most <see cref="AuthOptions.RecentAuthorizationMaxAge"/>, counted from before its read
/// began, so a change made on another instance counts there within that bound; a change announced on this instance
/// (<see cref="AuthorizationChanges"/>) drops the subject at once, and a read that raced with any change is not kept.
/// </summary>
public sealed class RecentAuthorizations : IDisposable
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<(string Kind, string Subject), Entry> _entries = new();
    private readonly AuthorizationChanges _changes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;

    public RecentAuthorizations(AuthorizationChanges changes, TimeProvider time, IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _changes = changes;
        _time = time;
        _maxAge = options.Value.RecentAuthorizationMaxAge;
        _changes.Changed += Forget;
    }

    /// <summary>The value read for <paramref name="subject"/> within the bound, else a fresh read.</summary>
    public async Task<T?> GetOrReadAsync<T>(string kind, string subject, Func<Task<T?>> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var startedAt = _time.GetUtcNow();
        if (_entries.TryGetValue((kind, subject), out var entry) && startedAt - entry.ReadFrom < _maxAge)
            return (T?)entry.Value;
        var changesBefore = _changes.Count;
        var value = await read();
        if (_maxAge > TimeSpan.Zero && _changes.Count == changesBefore)
        {
            if (_entries.Count >= MaxEntries) _entries.Clear();
            _entries[(kind, subject)] = new Entry(value, startedAt);
        }
        return value;
    }

    public void Dispose() => _changes.Changed -= Forget;

    private void Forget(string subject)
    {
        foreach (var key in _entries.Keys.Where(k => k.Subject == subject)) _entries.TryRemove(key, out _);
    }

    private sealed record Entry(object? Value, DateTimeOffset ReadFrom);
}
