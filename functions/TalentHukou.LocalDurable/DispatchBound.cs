using Microsoft.Extensions.Options;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Keeps interactive requests ahead of background work on the local host: while any API request is in flight, the
/// sidecar's dispatchers take new work items only up to <see cref="LocalDurableOptions"/>' "during requests" limits
/// (at least one each, so sagas keep moving); with none in flight, up to the full limits. The dispatchers read the
/// limit before every fetch (when full, again every 500 ms): work items already running finish, the narrower limit
/// holds from the next fetch. The host's middleware counts the requests (<see cref="ServeAsync"/>).
/// </summary>
public sealed class DispatchBound(IOptions<LocalDurableOptions> options)
{
    private readonly LocalDurableOptions _limits = options.Value;
    private int _requests;

    /// <summary>API requests being served now.</summary>
    public int RequestsInFlight => Volatile.Read(ref _requests);

    /// <summary>How many orchestration work items may run at once now.</summary>
    public int Orchestrations =>
        RequestsInFlight > 0 ? _limits.MaxConcurrentOrchestrationsDuringRequests : _limits.MaxConcurrentOrchestrations;

    /// <summary>How many activity work items may run at once now.</summary>
    public int Activities =>
        RequestsInFlight > 0 ? _limits.MaxConcurrentActivitiesDuringRequests : _limits.MaxConcurrentActivities;

    /// <summary>Counts one API request in flight while <paramref name="request"/> runs.</summary>
    public async Task ServeAsync(Func<Task> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref _requests);
        try
        {
            await request();
        }
        finally
        {
            Interlocked.Decrement(ref _requests);
        }
    }
}
