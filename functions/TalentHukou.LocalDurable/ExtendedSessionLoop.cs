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

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Task<TaskOrchestrationWorkItem>? _providerFetch;

    /// <summary>Set while the provider stops: it drops its sessions itself, so a waiting one is not released.</summary>
    private volatile bool _stopping;

    public override Task StartAsync()
    {
        _stopping = false;
        return Inner.StartAsync();
    }

    public override Task StopAsync()
    {
        _stopping = true;
        return Inner.StopAsync();
    }

    public override Task StopAsync(bool isForced)
    {
        _stopping = true;
        return Inner.StopAsync(isForced);
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
        if (!_resumable.TryRemove(workItem, out _)) return EndAsync(workItem);
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
                // What the last episode added is now past: the next replay sees it as history, as after a load.
                var state = workItem.OrchestrationRuntimeState;
                workItem.OrchestrationRuntimeState =
                    new OrchestrationRuntimeState(state.Events) { Status = state.Status };
                workItem.NewMessages = messages;
                if (_resumed.Writer.TryWrite(workItem)) return;
            }
        }
        catch (Exception ex)
        {
            // Shutting down, or the provider gave the session up: releasing hands its messages back.
            LogWaitEnded(logger, workItem.InstanceId, ex.GetType().Name);
        }

        if (_stopping)
        {
            // The stopping provider has dropped (or is dropping) every session: releasing it again would only make
            // the provider log "session not found".
            _executions.TryRemove(workItem, out _);
            return;
        }
        try
        {
            await EndAsync(workItem);
        }
        catch (Exception ex)
        {
            // Releasing is in memory only; the provider, stopped meanwhile, has dropped its sessions already.
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
