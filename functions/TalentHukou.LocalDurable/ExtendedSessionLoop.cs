using System.Collections.Concurrent;
using System.Threading.Channels;
using DurableTask.Core;
using DurableTask.Core.History;
using TalentHukou.LocalDurable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Keeps an orchestration's state in memory between its episodes, as the Durable Task Framework's own dispatcher does
/// with extended sessions: the Azure Storage provider then takes the instance's next messages into its open session
/// instead of loading the instance's history from the History table again. The sidecar's dispatcher never uses a work
/// item's session (it executes, completes and releases), so this loop does it: released after a completed episode of
/// an instance still running in the same execution, the work item waits (in the background, up to the provider's
/// idle timeout) for that instance's next messages and is handed out again by the next fetch, its past events intact;
/// an idle session, an abandoned work item, an instance that ended or continued as new is released to the provider,
/// which puts any messages its session still held back in its buffer. Without a session (extended sessions off, the
/// in-memory backend) everything passes straight through.
/// </summary>
internal sealed partial class ExtendedSessionLoop(IOrchestrationService inner, ILogger<ExtendedSessionLoop> logger)
    : OrchestrationServiceDecorator(inner)
{
    private readonly Channel<TaskOrchestrationWorkItem> _resumed = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();

    /// <summary>The execution each session's work item had when handed out; present until it is released.</summary>
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, string?> _executions =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>Work items whose last episode was saved and whose instance still runs in the same execution.</summary>
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, bool> _resumable =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Sessions waiting for their instance's next messages; whoever removes one (the wait, or a stop) ends its wait.
    /// </summary>
    private readonly ConcurrentDictionary<TaskOrchestrationWorkItem, bool> _waiting =
        new(ReferenceEqualityComparer.Instance);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Task<TaskOrchestrationWorkItem>? _providerFetch;

    /// <summary>Set while the provider stops: a session kept for its next messages is released at once.</summary>
    private volatile bool _stopping;

    public override Task StartAsync()
    {
        _stopping = false;
        return Inner.StartAsync();
    }

    public override async Task StopAsync()
    {
        await ReleaseKeptSessionsAsync();
        await Inner.StopAsync();
    }

    public override async Task StopAsync(bool isForced)
    {
        await ReleaseKeptSessionsAsync();
        await Inner.StopAsync(isForced);
    }

    /// <summary>
    /// The stopping provider drains each partition until none of its sessions is active, and gives up only after its
    /// drain timeout (a minute): a session kept here for its next messages (which waits up to the idle timeout and is
    /// then released no more) or handed back for a fetch that no longer comes would hold the stop that long. So they
    /// are released before the provider stops, as the framework's dispatcher releases its sessions on shutdown; their
    /// messages stay in the control queue for the next host.
    /// </summary>
    private async Task ReleaseKeptSessionsAsync()
    {
        _stopping = true;
        foreach (var workItem in _waiting.Keys)
            if (_waiting.TryRemove(workItem, out _)) await EndQuietlyAsync(workItem);
        while (_resumed.Reader.TryRead(out var resumed)) await EndQuietlyAsync(resumed);
    }

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
        TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                if (_resumed.Reader.TryRead(out var resumed)) return HandOut(resumed);
                // A fetch from the provider outlives a call that a resumed session won: its work item is the next's.
                var providerFetch = _providerFetch ??=
                    Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
                using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var resumedReady = _resumed.Reader.WaitToReadAsync(stopWaiting.Token).AsTask();
                if (await Task.WhenAny(providerFetch, resumedReady) != providerFetch)
                {
                    await resumedReady; // throws when cancelled
                    continue;
                }
                await stopWaiting.CancelAsync();
                _providerFetch = null;
                var workItem = await providerFetch;
                return workItem?.Session is null ? workItem! : HandOut(workItem);
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    public override async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        _resumable.TryRemove(workItem, out _);
        await Inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem,
            newOrchestrationRuntimeState,
            outboundMessages,
            orchestratorMessages,
            timerMessages,
            continuedAsNewMessage,
            orchestrationState);
        if (_executions.TryGetValue(workItem, out var execution)
            && ReferenceEquals(workItem.OrchestrationRuntimeState, newOrchestrationRuntimeState)
            && newOrchestrationRuntimeState.OrchestrationStatus == OrchestrationStatus.Running
            && newOrchestrationRuntimeState.OrchestrationInstance?.ExecutionId == execution)
            _resumable[workItem] = true;
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        _resumable.TryRemove(workItem, out _);
        return Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
    }

    public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        if (!_resumable.TryRemove(workItem, out _) || _stopping) return EndAsync(workItem);
        _waiting[workItem] = true;
        // A stop that began meanwhile may have looked at the waiting sessions already.
        if (_stopping && _waiting.TryRemove(workItem, out _)) return EndAsync(workItem);
        _ = WaitForNextMessagesAsync(workItem);
        return Task.CompletedTask;
    }

    private TaskOrchestrationWorkItem HandOut(TaskOrchestrationWorkItem workItem)
    {
        // A new instance has no execution yet: its start message names the one it begins.
        _executions[workItem] = workItem.OrchestrationRuntimeState?.OrchestrationInstance?.ExecutionId
            ?? workItem.NewMessages.Select(m => m.Event).OfType<ExecutionStartedEvent>().FirstOrDefault()
                ?.OrchestrationInstance?.ExecutionId;
        return workItem;
    }

    private async Task WaitForNextMessagesAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            while (await workItem.Session.FetchNewOrchestrationMessagesAsync(workItem) is { } messages)
            {
                if (messages.Count == 0) continue;
                if (!_waiting.TryRemove(workItem, out _)) return; // released by a stop meanwhile
                // What the last episode added is now past: the next replay sees it as history, as after a load.
                var state = workItem.OrchestrationRuntimeState;
                workItem.OrchestrationRuntimeState =
                    new OrchestrationRuntimeState(state.Events) { Status = state.Status };
                workItem.NewMessages = messages;
                if (!_resumed.Writer.TryWrite(workItem)) await EndQuietlyAsync(workItem);
                // A stop that emptied the channel just before this wrote to it: no fetch takes it any more.
                if (_stopping)
                    while (_resumed.Reader.TryRead(out var resumed)) await EndQuietlyAsync(resumed);
                return;
            }
        }
        catch (Exception ex)
        {
            // Shutting down, or the provider gave the session up: releasing hands its messages back.
            LogWaitEnded(logger, workItem.InstanceId, ex.GetType().Name);
        }

        // Released already when a stop took it meanwhile: releasing it again would only make the provider log
        // "session not found".
        if (_waiting.TryRemove(workItem, out _)) await EndQuietlyAsync(workItem);
    }

    private async Task EndQuietlyAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            await EndAsync(workItem);
        }
        catch (Exception ex)
        {
            // Releasing is in memory only; a provider stopped meanwhile may have dropped the session already.
            LogWaitEnded(logger, workItem.InstanceId, ex.GetType().Name);
        }
    }

    private async Task EndAsync(TaskOrchestrationWorkItem workItem)
    {
        _executions.TryRemove(workItem, out _);
        await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    }

    [LoggerMessage(EventId = 1220, Level = LogLevel.Debug,
        Message = "Stopped waiting for {InstanceId}'s next messages ({Reason}); its session is released")]
    private static partial void LogWaitEnded(ILogger logger, string instanceId, string reason);
}
