using System.Collections;
using System.Reflection;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Releases the work items the sidecar handed to the worker and will never hear back about. The sidecar awaits each
/// worker answer on a completion source that nothing fails when the worker goes away, and on application stopping it
/// waits up to 60 minutes for those answers before throwing on a thread-pool thread, which ends the process. A host
/// stopped while an episode or activity ran (every test host, Ctrl-C) would hang its process for an hour, then crash
/// it. Stopped after the worker and before the orchestration service, this cancels the stranded answers, so the
/// sidecar abandons their work items (their messages come back to the next host) and its stop completes.
/// </summary>
internal sealed partial class StrandedWorkRelease : IHostedService
{
    // Private fields of the sidecar's TaskHubGrpcServer (Microsoft.DurableTask.InProcessTestHost 0.2.3-preview.1).
    // Looked up when the host starts, so a package update that renames them fails at start-up and in the tests.
    private static readonly FieldInfo[] PendingAnswerFields =
        new[] { "pendingOrchestratorTasks", "pendingActivityTasks" }.Select(FindField).ToArray();

    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly TaskHubGrpcServer _server;
    private readonly ILogger<StrandedWorkRelease> _logger;

    public StrandedWorkRelease(TaskHubGrpcServer server, ILogger<StrandedWorkRelease> logger)
    {
        _server = server;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Cancels what is pending until nothing has been pending for a moment (a work item fetched just before the stop
    /// may still be on its way to the departed worker), or until <see cref="MaxWait"/> has passed.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Real time, not the business clock: this is about the process shutting down.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var released = 0;
        var quietRounds = 0;
        while (quietRounds < 2 && waited.Elapsed < MaxWait)
        {
            var now = CancelPending();
            released += now;
            quietRounds = now == 0 ? quietRounds + 1 : 0;
            await Task.Delay(SettleTime, CancellationToken.None);
        }

        if (released > 0) LogReleased(released);
    }

    private int CancelPending()
    {
        var cancelled = 0;
        foreach (var pending in PendingAnswerFields)
        {
            foreach (DictionaryEntry entry in (IDictionary)pending.GetValue(_server)!)
            {
                var trySetCanceled = entry.Value!.GetType().GetMethod("TrySetCanceled", Type.EmptyTypes)!;
                if ((bool)trySetCanceled.Invoke(entry.Value, null)!) cancelled++;
            }
        }

        return cancelled;
    }

    private static FieldInfo FindField(string name) =>
        typeof(TaskHubGrpcServer).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException(
            $"The Durable Task sidecar no longer has the field {name}; the local runtime's shutdown repair " +
            "(StrandedWorkRelease) must be revisited for this package version.");

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information,
        Message = "Stopping: released {Count} work item(s) the departed worker will not answer; "
            + "their messages return to the task hub")]
    private partial void LogReleased(int count);
}
