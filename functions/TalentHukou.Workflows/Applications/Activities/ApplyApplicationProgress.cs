using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// What an application's process did since it last waited, in order: steps for the read model and notices for the
/// applicant, in one activity instead of one each. Consecutive steps go into one update of the record; each notice is
/// queued (and first sent) after the steps before it. Every part is idempotent, so a retry repeats it safely. The run
/// holds the record between its requests (<see cref="HeldApplication"/>): one read for the whole run unless another
/// writer changes the record meanwhile, and the summaries of the notices it sent go with the next write of the record.
/// </summary>
public sealed class ApplyApplicationProgress(
    ApplicationStepRecorder recorder, NotificationQueue notices, ApplicationStore applications,
    DurableTaskClient durable)
    : TaskActivity<ApplicationProgress, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApplicationProgress input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var held = new HeldApplication(input.ApplicationId);
        var steps = new List<ApplicationStep>();
        foreach (var item in input.Items)
        {
            if (item.Step is { } step)
            {
                steps.Add(step);
                continue;
            }
            await RecordAsync(held, steps);
            await notices.QueueAsync(item.Notice!, durable, CancellationToken.None, held);
        }
        await RecordAsync(held, steps);
        await held.WriteNoticesAsync(applications, CancellationToken.None);
        return true;
    }

    private async Task RecordAsync(HeldApplication held, List<ApplicationStep> steps)
    {
        if (steps.Count == 0) return;
        await recorder.RecordAsync(held.ApplicationId, steps, CancellationToken.None, held);
        steps.Clear();
    }
}

/// <summary>An application's steps and notices since its process last waited, in the order they happened.</summary>
public sealed record ApplicationProgress(string ApplicationId, IReadOnlyList<ProgressItem> Items);

/// <summary>A step to record or a notice to queue (exactly one of the two).</summary>
public sealed record ProgressItem(ApplicationStep? Step, NotificationRequest? Notice);
