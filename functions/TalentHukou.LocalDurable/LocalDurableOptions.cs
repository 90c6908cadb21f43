using TalentHukou.Adapters.Hosting;

namespace TalentHukou.LocalDurable;

/// <summary>
/// The local durable runtime (section <c>DurableTask</c>): the task hub in Azure Storage and the sidecar port.
/// </summary>
public sealed class LocalDurableOptions : ISelfValidatingOptions
{
    /// <summary>The largest work-item limit accepted: beyond it the limit bounds nothing on one host.</summary>
    public const int MaxWorkItemLimit = 1000;

    public const string SectionName = "DurableTask";

    /// <summary>Same hub name as host.json's, so both hosts use one storage layout.</summary>
    public string HubName { get; set; } = "talenthukou";

    /// <summary>Connection string of the task hub's storage (defaults to <c>Storage:ConnectionString</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Where orchestration state lives: <see cref="LocalDurableBackend.AzureStorage"/> (the task hub, durable across
    /// restarts) or <see cref="LocalDurableBackend.InMemory"/> (lost on exit; for benchmarks and experiments).
    /// Activities use storage either way.
    /// </summary>
    public LocalDurableBackend Backend { get; set; } = LocalDurableBackend.AzureStorage;

    /// <summary>
    /// Control-queue partitions of a new task hub: 1 locally (one host; each partition is polled and its lease
    /// renewed, idle or not, and one queue takes an application's messages in fewer dequeues). An existing hub keeps
    /// the count it was created with (<see cref="StoredPartitionCount"/>).
    /// </summary>
    public int PartitionCount { get; set; } = 1;

    /// <summary>Longest wait between polls of an idle queue (a message resets it to fast polling).</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Orchestration work items run at once while no API request is in flight: the sidecar's dispatch limit (narrowed
    /// by <see cref="MaxConcurrentOrchestrationsDuringRequests"/> while one is) and the SDK worker's. Together with
    /// <see cref="MaxConcurrentActivities"/> it bounds the background work that competes with HTTP requests for the
    /// host's CPU and storage (ADR 0029; docs/benchmarks.md, "Interactive and background work").
    /// </summary>
    public int MaxConcurrentOrchestrations { get; set; } = 48;

    /// <summary>
    /// Activity work items run at once while no API request is in flight. 48 runs the sagas faster than 16 (B2
    /// 5.5–6.1 against 3.3 sagas/s), since the sidecar's dispatcher sleeps 500 ms whenever the limit is reached
    /// (./bench.sh on 2026-12-06, docs/benchmarks.md); requests in flight narrow it
    /// (<see cref="MaxConcurrentActivitiesDuringRequests"/>).
    /// </summary>
    public int MaxConcurrentActivities { get; set; } = 48;

    /// <summary>
    /// <see cref="MaxConcurrentOrchestrations"/>' floor while API requests are in flight on this host
    /// (<see cref="DispatchBound"/>): background work yields to interactive requests down to this, never to zero (and
    /// never above the full limit).
    /// </summary>
    public int MaxConcurrentOrchestrationsDuringRequests { get; set; } = 4;

    /// <summary><see cref="MaxConcurrentActivities"/>' floor while API requests are in flight on this host.</summary>
    public int MaxConcurrentActivitiesDuringRequests { get; set; } = 4;

    /// <summary>
    /// Work items of each kind that one API request in flight takes off the full limits, down to the "during requests"
    /// floors: 4 puts a burst of 11 or more at the floor, while a few polling clients leave most of the limit.
    /// </summary>
    public int WorkItemsYieldedPerRequest { get; set; } = 4;

    /// <summary>
    /// How long a message dequeued by a host that then died stays invisible before another host gets it (DTFx:
    /// 5 minutes). Longer than any activity runs.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Keep an orchestration's state in memory between its episodes (<see cref="ExtendedSessionLoop"/>), so the task
    /// hub loads an instance's history once per session instead of once per episode (ADR 0033).
    /// </summary>
    public bool ExtendedSessions { get; set; } = true;

    /// <summary>How long an idle session waits for its instance's next messages before it is released.</summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Loopback port of the gRPC sidecar; 0 picks a free one.</summary>
    public int SidecarPort { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (MaxConcurrentOrchestrations is < 1 or > MaxWorkItemLimit)
            yield return $"DurableTask:MaxConcurrentOrchestrations must be 1 to {MaxWorkItemLimit}.";
        if (MaxConcurrentActivities is < 1 or > MaxWorkItemLimit)
            yield return $"DurableTask:MaxConcurrentActivities must be 1 to {MaxWorkItemLimit}.";
        if (MaxConcurrentOrchestrationsDuringRequests is < 1 or > MaxWorkItemLimit)
            yield return $"DurableTask:MaxConcurrentOrchestrationsDuringRequests must be 1 to {MaxWorkItemLimit}.";
        if (MaxConcurrentActivitiesDuringRequests is < 1 or > MaxWorkItemLimit)
            yield return $"DurableTask:MaxConcurrentActivitiesDuringRequests must be 1 to {MaxWorkItemLimit}.";
        if (WorkItemsYieldedPerRequest is < 0 or > MaxWorkItemLimit)
            yield return $"DurableTask:WorkItemsYieldedPerRequest must be 0 to {MaxWorkItemLimit}.";
        if (ExtendedSessionIdleTimeout < TimeSpan.FromSeconds(1)
            || ExtendedSessionIdleTimeout > TimeSpan.FromMinutes(5))
            yield return "DurableTask:ExtendedSessionIdleTimeout must be 1 second to 5 minutes.";
        if (PartitionCount is < 1 or > 16)
            yield return "DurableTask:PartitionCount must be 1 to 16 (the Azure Storage provider's range).";
    }
}

/// <summary>The local durable runtime's orchestration store.</summary>
public enum LocalDurableBackend
{
    AzureStorage,
    InMemory,
}
