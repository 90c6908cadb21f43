using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Staff;

namespace TalentHukou.Api.Auth;

/// <summary>
/// Staff assignments and unit-admin grants as this instance read them moments ago, for read-only requests (ADR 0016).
/// An entry is stamped on the monotonic clock just before its storage read began, and counts only while less than
/// <see cref="AuthOptions.RecentAuthorizationMaxAge"/> has passed since that stamp at the moment the caller is
/// authorized (<see cref="IsCurrent{T}"/>): no timer expires anything, so a starved thread pool cannot stretch the
/// bound, and a change made on another instance counts here within it. A change announced on this instance
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
    public async Task<Recent<T>> GetOrReadAsync<T>(string kind, string subject, Func<Task<T?>> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var key = (kind, subject);
        if (_entries.TryGetValue(key, out var cached) && Within(cached.ReadStartedAt))
            return new Recent<T>((T?)cached.Value, cached.ReadStartedAt, FromCache: true);
        var changesBefore = _changes.Count;
        var readStartedAt = _time.GetTimestamp();
        var value = await read();
        if (_maxAge > TimeSpan.Zero && _changes.Count == changesBefore)
            Keep(key, new Entry(value, readStartedAt), changesBefore);
        return new Recent<T>(value, readStartedAt, FromCache: false);
    }

    /// <summary>
    /// Whether <paramref name="recent"/> may still decide, checked when the caller is authorized: a read made for this
    /// request always may; a cached one while its read began less than the max age ago.
    /// </summary>
    public bool IsCurrent<T>(Recent<T> recent) => !recent.FromCache || Within(recent.ReadStartedAt);

    public void Dispose() => _changes.Changed -= Forget;

    private bool Within(long readStartedAt) => _time.GetElapsedTime(readStartedAt) < _maxAge;

    private void Keep((string Kind, string Subject) key, Entry entry, long changesBefore)
    {
        if (_entries.Count >= MaxEntries) _entries.Clear();
        // A slower read that began earlier never replaces a later one.
        var kept = _entries.AddOrUpdate(key, entry, (_, old) => old.ReadStartedAt > entry.ReadStartedAt ? old : entry);
        // A change announced between the check above and this store: its eviction may have run before the store.
        if (ReferenceEquals(kept, entry) && _changes.Count != changesBefore)
            _entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    private void Forget(string subject)
    {
        foreach (var key in _entries.Keys.Where(k => k.Subject == subject)) _entries.TryRemove(key, out _);
    }

    private sealed class Entry(object? value, long readStartedAt)
    {
        public object? Value { get; } = value;
        public long ReadStartedAt { get; } = readStartedAt;
    }
}

/// <summary>An authorization value, when its storage read began (monotonic timestamp), whether it was cached.</summary>
public readonly record struct Recent<T>(T? Value, long ReadStartedAt, bool FromCache);
