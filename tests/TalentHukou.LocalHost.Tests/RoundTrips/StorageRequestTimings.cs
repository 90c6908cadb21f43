using System.Collections.Concurrent;
using System.Diagnostics;

namespace TalentHukou.LocalHost.Tests.RoundTrips;

/// <summary>
/// When each storage request of this process started and ended, by trace id: .NET's HTTP client reports every request
/// (the service's storage clients and the durable backend's alike) to its diagnostic listener as an
/// <c>HttpRequestOut</c> activity, under the trace of the work that sent it. The host under test runs in this process,
/// so this sees what Azurite's log cannot: which requests overlapped and which waited for one another.
/// </summary>
public sealed class StorageRequestTimings : IObserver<DiagnosticListener>, IDisposable
{
    private const string Listener = "HttpHandlerDiagnosticListener";
    private const string RequestOut = "System.Net.Http.HttpRequestOut";
    private readonly ConcurrentQueue<TimedRequest> _requests = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    public StorageRequestTimings() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The requests of <paramref name="traceId"/> that ended by <paramref name="until"/>.</summary>
    public IReadOnlyList<TimedRequest> Of(string traceId, DateTime until) =>
        [.. _requests.Where(r => r.TraceId == traceId && r.End <= until).OrderBy(r => r.Start)];

    /// <summary>
    /// The longest run of <paramref name="requests"/> each sent only after the one before it was answered: how many
    /// round trips the work waited for one after the other (requests sent together count once).
    /// </summary>
    public static int Waits(IReadOnlyList<TimedRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var chain = new int[requests.Count];
        for (var i = 0; i < requests.Count; i++)
            chain[i] = 1 + Enumerable.Range(0, i).Where(j => requests[j].End <= requests[i].Start)
                .Select(j => chain[j]).DefaultIfEmpty(0).Max();
        return chain.DefaultIfEmpty(0).Max();
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name != Listener) return;
        lock (_subscriptions)
            _subscriptions.Add(value.Subscribe(new Observer(this), (name, _, _) => name.StartsWith(
                RequestOut, StringComparison.Ordinal)));
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
            foreach (var subscription in _subscriptions) subscription.Dispose();
    }

    /// <summary>
    /// Keeps a request to storage (Azurite's URLs name the account: the sidecar's gRPC calls do not).
    /// </summary>
    private void Record(Activity activity, HttpRequestMessage request)
    {
        var url = request.RequestUri?.ToString() ?? "";
        if (!url.Contains("/devstoreaccount1/", StringComparison.Ordinal)) return;
        var end = activity.Duration > TimeSpan.Zero ? activity.StartTimeUtc + activity.Duration : DateTime.UtcNow;
        _requests.Enqueue(new TimedRequest(
            activity.TraceId.ToHexString(), request.Method.Method, url, activity.StartTimeUtc, end));
    }

    private sealed class Observer(StorageRequestTimings timings) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RequestOut + ".Stop" && Activity.Current is { } activity
                && value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) is HttpRequestMessage request)
                timings.Record(activity, request);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

/// <summary>One storage request: its trace, method and URL, and when it was sent and answered.</summary>
public sealed record TimedRequest(string TraceId, string Method, string Url, DateTime Start, DateTime End);
