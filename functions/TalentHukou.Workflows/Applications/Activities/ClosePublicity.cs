using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// Ends the publicity in the read model once its deadline passed with no objection open in the process, unless the
/// record holds an open objection all the same: filed just before the deadline, its signal may arrive after the timer
/// won the race, or not yet at all. The check and the <c>publicity-ended</c> step are one optimistic update, and an
/// objection is stored only while the record has no such step (<see cref="ApplicationStages.TakesObjections"/>), so
/// each objection is either refused when filed or returned here for the process to take.
/// </summary>
public sealed class ClosePublicity(ApplicationStepRecorder recorder)
    : TaskActivity<ApplicationStep, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, ApplicationStep input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await recorder.RecordIfAsync(input.ApplicationId, [input], r => Open(r).Count == 0,
            CancellationToken.None);
        return record is null || ApplicationStages.IsClosed(record.Stage) ? [] : Open(record);
    }

    private static List<string> Open(ApplicationRecord record) =>
        [.. record.Objections.Where(o => o.Status == ObjectionStatus.Open).Select(o => o.ObjectionId)];
}
