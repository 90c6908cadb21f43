using Microsoft.DurableTask.Client;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Retention;

namespace TalentHukou.LocalHost.Hosting;

/// <summary>
/// Starts the <see cref="UnstartedProcessSweep"/> and the <see cref="InstanceRetentionJob"/> when the host starts, so
/// that what a crashed host left unstarted are started even if nobody submits again (the Functions app, without a
/// start-up hook, relies on submissions).
/// </summary>
internal sealed partial class UnstartedSweepStarter(
    DurableTaskClient durable,
    UnstartedProcessSweepInput sweep,
    InstanceRetentionInput retention,
    IHostApplicationLifetime lifetime,
    ILogger<UnstartedSweepStarter> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before Kestrel listens: a call to the sidecar refused now would put the client's channel into a reconnect
        // back-off that the next callers (the first requests) run into.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await UnstartedProcessSweep.EnsureRunningAsync(durable, sweep, stoppingToken);
                await InstanceRetentionJob.EnsureRunningAsync(durable, retention, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRetrying(logger, ex.Message, RetryDelay);
            }
            await Task.Delay(RetryDelay, stoppingToken);
        }
    }

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Could not start the unstarted-application sweep ({Error}); trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string error, TimeSpan delay);
}
