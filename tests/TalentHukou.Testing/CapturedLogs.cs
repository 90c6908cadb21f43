using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Testing;

/// <summary>
/// Every log line a test host writes (Information and above, whatever the console shows), for scanning, with the
/// values of the logging scopes it was written in (the provider takes the host's scopes:
/// <see cref="ISupportExternalScope"/>).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Each entry as one line: level, category, message, its properties and its scope values.</summary>
    public IReadOnlyCollection<string> Lines => _entries.Select(e => e.ToString()).ToList();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var scopes = new List<KeyValuePair<string, object?>>();
            owner._scopes.ForEachScope((scope, list) => list.AddRange(Pairs(scope) ?? [new("Scope", scope)]), scopes);
            owner._entries.Enqueue(new CapturedLog(
                logLevel,
                category,
                eventId.Id,
                formatter(state, exception),
                Pairs(state)?.ToList() ?? [],
                scopes,
                exception));
        }

        private static IEnumerable<KeyValuePair<string, object?>>? Pairs(object? state) => state switch
        {
            IEnumerable<KeyValuePair<string, object?>> pairs => pairs,
            _ => null,
        };
    }
}

/// <summary>One captured log entry: its message's properties and the values of the scopes around it.</summary>
public sealed record CapturedLog(
    LogLevel Level,
    string Category,
    int EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Properties,
    IReadOnlyList<KeyValuePair<string, object?>> Scopes,
    Exception? Exception)
{
    /// <summary>When it was written.</summary>
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

    /// <summary>The value of the innermost scope entry named <paramref name="key"/>, as text.</summary>
    public string? Scope(string key) => Scopes.LastOrDefault(s => s.Key == key).Value?.ToString();

    public override string ToString() =>
        $"{Level} {Category}: {Message} {string.Join(" ", Properties.Select(p => $"{p.Key}={p.Value}"))} " +
        $"[{string.Join(" ", Scopes.Select(s => $"{s.Key}={s.Value}"))}] {Exception}";
}
