using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Testing;

/// <summary>A logger provider that keeps every log event of a test host, to assert on the events it must write.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _events = new();

    public IReadOnlyCollection<CapturedLog> Events => _events;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _events);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception)));
    }
}

/// <summary>One log event: category, level, event id and the rendered message.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message);
