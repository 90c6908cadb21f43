using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging.Abstractions;

namespace TalentHukou.LocalDurable.Tests;

/// <summary>
/// ExtendedSessionLoop on stop. The Azure Storage provider, stopping, drains each partition until none of its sessions
/// is active, for up to a minute: a session the loop keeps for its instance's next messages must be released before
/// the provider stops, and only once (a second release makes the provider log "session not found").
/// </summary>
public class ExtendedSessionStopTests
{
    [Fact]
    public async Task Stop_WhileASessionWaitsForItsNextMessages_ReleasesItOnceBeforeTheProviderStops()
    {
        var provider = new RecordingProvider();
        var loop = new ExtendedSessionLoop(provider, NullLogger<ExtendedSessionLoop>.Instance);
        var workItem = await loop.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(1), default);
        await loop.CompleteTaskOrchestrationWorkItemAsync(
            workItem, workItem.OrchestrationRuntimeState, [], [], [], null!, null!);
        await loop.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        await provider.Session.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await loop.StopAsync();
        Assert.Equal(["release", "stop"], provider.Calls);

        // The wait ends after the stop (its idle timeout), with the session released already.
        provider.Session.EndWait();
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(["release", "stop"], provider.Calls);
    }

    /// <summary>Hands out one running instance's work item with a session, and records releases and stops.</summary>
    private sealed class RecordingProvider() : OrchestrationServiceDecorator(null!)
    {
        private int _handedOut;

        public WaitingSession Session { get; } = new();

        public ConcurrentQueue<string> Calls { get; } = new();

        public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
            TimeSpan receiveTimeout, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _handedOut, 1) == 1)
                await Task.Delay(Timeout.Infinite, cancellationToken);
            var instance = new OrchestrationInstance { InstanceId = "instance-1", ExecutionId = "execution-1" };
            var started = new ExecutionStartedEvent(-1, null) { OrchestrationInstance = instance, Name = "test" };
            return new TaskOrchestrationWorkItem
            {
                InstanceId = instance.InstanceId,
                OrchestrationRuntimeState = new OrchestrationRuntimeState([started]),
                NewMessages = [],
                Session = Session,
            };
        }

        public override Task CompleteTaskOrchestrationWorkItemAsync(
            TaskOrchestrationWorkItem workItem,
            OrchestrationRuntimeState newOrchestrationRuntimeState,
            IList<TaskMessage> outboundMessages,
            IList<TaskMessage> orchestratorMessages,
            IList<TaskMessage> timerMessages,
            TaskMessage continuedAsNewMessage,
            OrchestrationState orchestrationState) => Task.CompletedTask;

        public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
        {
            Calls.Enqueue("release");
            return Task.CompletedTask;
        }

        public override Task StopAsync()
        {
            Calls.Enqueue("stop");
            return Task.CompletedTask;
        }
    }

    /// <summary>A session whose wait for new messages lasts until the test ends it, then finds none.</summary>
    private sealed class WaitingSession : IOrchestrationSession
    {
        private readonly TaskCompletionSource _end = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void EndWait() => _end.TrySetResult();

        public async Task<IList<TaskMessage>?> FetchNewOrchestrationMessagesAsync(TaskOrchestrationWorkItem workItem)
        {
            Waiting.TrySetResult();
            await _end.Task;
            return null;
        }

        public Task EndSessionAsync() => Task.CompletedTask;
    }
}
