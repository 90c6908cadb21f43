using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// Writes one step of the process into the application's read model (<see cref="ApplicationStepRecorder"/>).
/// </summary>
public sealed class RecordApplicationStep(ApplicationStepRecorder recorder) : TaskActivity<ApplicationStep, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return recorder.RecordAsync(input.ApplicationId, [input], CancellationToken.None);
    }
}
