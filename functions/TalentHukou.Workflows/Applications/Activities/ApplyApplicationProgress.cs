using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// What an application's process did since it last waited, in order: steps for the read model and notices for the
/// applicant, in one activity instead of one each. Consecutive steps go into one update of the record; each notice is
/// queued (and first sent) after the steps before it. Every part is idempotent, so a retry repeats it safely.
/// </summary>
public sealed class ApplyApplicationProgress(
    ApplicationStepRecorder recorder, NotificationQueue notices, DurableTaskClient durable)
    : TaskActivity<ApplicationProgress, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApplicationProgress input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var steps = new List<ApplicationStep>();
        foreach (var item in input.Items)
        {
            if (item.Step is { } step)
            {
                steps.Add(step);
                continue;
            }
            await RecordAsync(input.ApplicationId, steps);
            await notices.QueueAsync(item.Notice!, durable, CancellationToken.None);
        }
        await RecordAsync(input.ApplicationId, steps);
        return true;
    }

    private async Task RecordAsync(string applicationId, List<ApplicationStep> steps)
    {
        if (steps.Count == 0) return;
        await recorder.RecordAsync(applicationId, steps, CancellationToken.None);
        steps.Clear();
    }
}

/// <summary>An application's steps and notices since its process last waited, in the order they happened.</summary>
public sealed record ApplicationProgress(string ApplicationId, IReadOnlyList<ProgressItem> Items);

/// <summary>A step to record or a notice to queue (exactly one of the two).</summary>
public sealed record ProgressItem(ApplicationStep? Step, NotificationRequest? Notice);
