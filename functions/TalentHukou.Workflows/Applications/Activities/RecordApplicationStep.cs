using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>Writes one step of the process into the application's read model (stage, timeline and step details).</summary>
public sealed partial class RecordApplicationStep(
    ApplicationUpdater updater, PublicityRosterSync roster, ILogger<RecordApplicationStep> logger) : TaskActivity<ApplicationStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var updated = await updater.UpdateAsync(input.ApplicationId,
            r => PublicityRosterSync.WithRosterId(input.ApplyTo(r)), CancellationToken.None);
        // Also when the step was applied before: a retry after a crash between the two writes.
        if (updated is not null) await roster.SyncAsync(input, updated, CancellationToken.None);
        var recorded = updated is not null;
        // The application and instance come from the activity's logging scope (ObservedActivity).
        if (recorded) LogRecorded(logger, input.Event);
        return recorded;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Application step {Event} recorded")]
    private static partial void LogRecorded(ILogger logger, string @event);
}
