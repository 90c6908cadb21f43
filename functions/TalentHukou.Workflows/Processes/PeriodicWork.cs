using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// The periodic jobs, eternal orchestrations (the Functions app has no timer trigger or start-up hook here): the
/// unstarted-process sweep and the retention job. <c>GET /health</c> and every write that creates something ensure they
/// run: the first call of a process checks, later calls only after <see cref="RecheckAfter"/> or a failure, so a write
/// pays one storage read per instance now and then. Never throws: the jobs are a safety net, not part of the request.
/// </summary>
public sealed partial class PeriodicWork(
    UnstartedProcessSweepInput sweep, InstanceRetentionInput retention, TimeProvider time, ILogger<PeriodicWork> logger)
{
    /// <summary>
    /// A job that was ensured is checked again after this long (it may have been terminated by hand).
    /// </summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(10);

    private long ensuredAtTicks; // 0: never

    public async Task EnsureRunningAsync(DurableTaskClient durable, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now.UtcTicks - Interlocked.Read(ref ensuredAtTicks) < RecheckAfter.Ticks) return;
        try
        {
            // Independent instances: one round trip's wait for both.
            await Task.WhenAll(UnstartedProcessSweep.EnsureRunningAsync(durable, sweep, ct),
                InstanceRetentionJob.EnsureRunningAsync(durable, retention, ct));
            Interlocked.Exchange(ref ensuredAtTicks, now.UtcTicks);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogNotEnsured(logger, ex.Message);
        }
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning,
        Message = "Could not make sure the periodic jobs run ({Error}); the next write or health check tries again")]
    private static partial void LogNotEnsured(ILogger logger, string error);
}
