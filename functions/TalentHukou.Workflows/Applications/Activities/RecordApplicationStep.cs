using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>Writes one step of the process into the application's read model (stage, timeline and step details).</summary>
public sealed partial class RecordApplicationStep(ApplicationUpdater updater, ILogger<RecordApplicationStep> logger) : TaskActivity<ApplicationStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        var recorded = await updater.UpdateAsync(input.ApplicationId, input.ApplyTo, CancellationToken.None) is not null;
        // The application and instance come from the activity's logging scope (ObservedActivity).
        if (recorded) LogRecorded(logger, input.Event);
        return recorded;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Application step {Event} recorded")]
    private static partial void LogRecorded(ILogger logger, string @event);
}
