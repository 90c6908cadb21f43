using Microsoft.DurableTask;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>Writes one step of the process into the application's read model (stage, timeline and step details).</summary>
public sealed class RecordApplicationStep(ApplicationUpdater updater) : TaskActivity<ApplicationStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApplicationStep input) =>
        await updater.UpdateAsync(input.ApplicationId, input.ApplyTo, CancellationToken.None) is not null;
}
