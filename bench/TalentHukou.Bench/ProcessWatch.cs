using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Bench;

/// <summary>
/// Follows applications through the host's own log lines, so that B4 reads no status and adds no storage request of
/// its own while it counts them: "Application step {Event} recorded" (event 3101, written right after the read model
/// took the step; the application id comes from the activity's logging scope) and "Outbox email … sent" (event 4201).
/// </summary>
public sealed class ProcessWatch : ILoggerProvider, ISupportExternalScope
{
    public const string StepCategory = "TalentHukou.Workflows.Applications.ApplicationStepRecorder";
    public const string EmailCategory = "TalentHukou.Workflows.Notifications.Outbox.OutboxDelivery";
    private const int StepRecordedEvent = 3101;
    private const int EmailSentEvent = 4201;
    private readonly ConcurrentDictionary<(string ApplicationId, string Step), byte> _steps = new();
    private readonly ConcurrentDictionary<string, byte> _emailsSent = new();
    private IExternalScopeProvider? _scopes;

    /// <summary>How many of <paramref name="applicationIds"/> have recorded <paramref name="step"/>.</summary>
    public int CountReached(IEnumerable<string> applicationIds, string step) =>
        applicationIds.Count(id => _steps.ContainsKey((id, step)));

    /// <summary>How many outbox emails were logged as sent.</summary>
    public int EmailsSent => _emailsSent.Count;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private void Observe(EventId eventId, IEnumerable<KeyValuePair<string, object?>> values)
    {
        if (eventId.Id == EmailSentEvent)
        {
            if (Value(values, "RowKey") is { } rowKey) _emailsSent.TryAdd(rowKey, 0);
            return;
        }
        if (eventId.Id != StepRecordedEvent || Value(values, "Event") is not { } step) return;
        string? applicationId = null;
        _scopes?.ForEachScope((scope, _) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs && Value(pairs, "ApplicationId") is { } id)
                applicationId = id;
        }, (object?)null);
        if (applicationId is not null) _steps.TryAdd((applicationId, step), 0);
    }

    private static string? Value(IEnumerable<KeyValuePair<string, object?>> values, string key) =>
        values.FirstOrDefault(v => v.Key == key).Value as string;

    private sealed class Logger(ProcessWatch watch) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values) watch.Observe(eventId, values);
        }
    }
}
