using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Processes;
using TalentHukou.Adapters.Telemetry;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// One round of <see cref="UnstartedProcessSweep"/>: each thing marked unstarted before the given time gets its process
/// started (unless it runs after all), and a mark whose thing was never stored is forgotten with what it held. Returns
/// how many it started. The client comes as a binding in the Functions app, from DI on the local host.
/// </summary>
public sealed partial class StartUnstartedProcesses(
    UnstartedMarks marks, IEnumerable<IStoredProcess> kinds, StoredProcessLauncher launcher, DurableTaskClient durable,
    ILogger<StartUnstartedProcesses> logger)
    : TaskActivity<DateTimeOffset, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, DateTimeOffset writtenBefore)
    {
        var byKind = kinds.ToDictionary(k => k.Kind);
        var started = 0;
        foreach (var mark in await marks.OlderThanAsync(writtenBefore, CancellationToken.None))
        {
            if (!byKind.TryGetValue(mark.Kind, out var kind)) continue;
            switch (await kind.StartStoredAsync(durable, mark.Id, CancellationToken.None))
            {
                case ProcessStart.NotStored:
                    await kind.ForgetNeverStoredAsync(mark.Id, mark.Tag, CancellationToken.None);
                    break;
                case ProcessStart.Started:
                    started++;
                    LogStarted(logger, mark.Kind, mark.Id);
                    TalentHukouTelemetry.ApplicationsRestarted.Add(
                        1, new KeyValuePair<string, object?>("kind", mark.Kind));
                    break;
            }
            await launcher.ClearStartedAsync(mark.Kind, mark.Id, CancellationToken.None);
        }
        return started;
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "{Kind} {Id} was stored but its process never started (its host died in between); started it now")]
    private static partial void LogStarted(ILogger logger, string kind, string id);
}
