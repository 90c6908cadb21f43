using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Workflows.Telemetry;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Recovery;

/// <summary>
/// One round of <see cref="UnstartedApplicationSweep"/>: each application marked unstarted before the given time is
/// started (unless it runs after all), and a mark whose application was never stored is forgotten with its person's lock.
/// Returns how many it started. The client comes as a binding in the Functions app, from DI on the local host.
/// </summary>
public sealed partial class StartUnstartedApplications(
    ApplicationStore store, ApplicationProcess process, DurableTaskClient durable, ILogger<StartUnstartedApplications> logger)
    : TaskActivity<DateTimeOffset, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, DateTimeOffset writtenBefore)
    {
        var started = 0;
        foreach (var applicationId in await store.UnstartedAsync(writtenBefore, CancellationToken.None))
        {
            if (await store.GetAsync(applicationId, CancellationToken.None) is not { } found)
            {
                await store.ForgetNeverStoredAsync(applicationId, CancellationToken.None);
                continue;
            }
            if (!await process.StartAsync(durable, found.Record, CancellationToken.None)) continue;
            started++;
            LogStarted(logger, applicationId);
            TalentHukouTelemetry.ApplicationsRestarted.Add(1);
        }
        return started;
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Application {ApplicationId} was stored but its process never started (its host died in between); started it now")]
    private static partial void LogStarted(ILogger logger, string applicationId);
}
