using Microsoft.Extensions.Options;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Keeps interactive requests ahead of background work on the local host: each API request in flight takes
/// <see cref="LocalDurableOptions.WorkItemsYieldedPerRequest"/> work items of each kind off the sidecar's full limits,
/// down to the "during requests" floors of <see cref="LocalDurableOptions"/> (at least one each, so sagas keep moving).
/// A burst of requests runs the durable work at the floor, a few polling clients take a little off, none leaves the
/// full limits. The dispatchers read the limit before every fetch (when full, again every 500 ms): work items already
/// running finish, the narrower limit holds from the next fetch. The host's middleware counts the requests
/// (<see cref="ServeAsync"/>).
/// </summary>
public sealed class DispatchBound(IOptions<LocalDurableOptions> options)
{
    private readonly LocalDurableOptions _limits = options.Value;
    private int _requests;

    /// <summary>API requests being served now.</summary>
    public int RequestsInFlight => Volatile.Read(ref _requests);

    /// <summary>How many orchestration work items may run at once now.</summary>
    public int Orchestrations =>
        Now(_limits.MaxConcurrentOrchestrations, _limits.MaxConcurrentOrchestrationsDuringRequests);

    /// <summary>How many activity work items may run at once now.</summary>
    public int Activities => Now(_limits.MaxConcurrentActivities, _limits.MaxConcurrentActivitiesDuringRequests);

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

    private int Now(int full, int floor) =>
        Math.Max(Math.Min(full, floor), full - (RequestsInFlight * _limits.WorkItemsYieldedPerRequest));
}
