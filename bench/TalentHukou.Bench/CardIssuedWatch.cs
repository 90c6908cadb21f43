using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Bench;

/// <summary>
/// Notes the moment each card saga logs "Card … issued" (event 4001, written right after the read model shows
/// <c>card-issued</c>), so the bench times sagas without polling the service it measures.
/// </summary>
public sealed class CardIssuedWatch : ILoggerProvider
{
    public const string Category = "TalentHukou.Workflows.Cards.Saga.Orchestrations.CardIssuanceOrchestrator";
    private const int CardIssuedEvent = 4001;
    private readonly ConcurrentDictionary<string, long> _issued = new();

    /// <summary>
    /// The <see cref="Stopwatch"/> timestamp at which the card of <paramref name="applicationId"/> was issued.
    /// </summary>
    public bool TryGet(string applicationId, out long timestamp) => _issued.TryGetValue(applicationId, out timestamp);

    public ILogger CreateLogger(string categoryName) => new Logger(_issued);

    public void Dispose() { }

    private sealed class Logger(ConcurrentDictionary<string, long> issued) : ILogger
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
            if (eventId.Id != CardIssuedEvent || state is not IEnumerable<KeyValuePair<string, object?>> values) return;
            var now = Stopwatch.GetTimestamp();
            if (values.FirstOrDefault(v => v.Key == "ApplicationId").Value is string id) issued.TryAdd(id, now);
        }
    }
}
