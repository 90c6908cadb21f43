using Microsoft.Extensions.Logging;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// Writes steps of the process into the application's read model (stage, timeline and step details) in one update,
/// then brings the public roster in line. Re-applying a step is harmless, so a retried activity repeats it safely.
/// </summary>
public sealed partial class ApplicationStepRecorder(
    ApplicationUpdater updater, PublicityRosterSync roster, ILogger<ApplicationStepRecorder> logger)
{
    /// <summary>False when the application does not exist.</summary>
    /// <remarks>With <paramref name="held"/>: see <see cref="ApplicationUpdater.UpdateAsync"/>.</remarks>
    public async Task<bool> RecordAsync(
        string applicationId, IReadOnlyList<ApplicationStep> steps, CancellationToken ct, HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.Count == 0 || await RecordIfAsync(applicationId, steps, _ => true, ct, held) is not null;
    }

    /// <summary>
    /// Records the steps only if <paramref name="condition"/> holds of the record, decided in the same optimistic
    /// update as the write; returns the record as stored (unchanged when the condition failed), or null if none.
    /// </summary>
    public async Task<ApplicationRecord?> RecordIfAsync(
        string applicationId, IReadOnlyList<ApplicationStep> steps, Func<ApplicationRecord, bool> condition,
        CancellationToken ct, HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(condition);
        var applied = false;
        var updated = await updater.UpdateAsync(applicationId, r =>
        {
            applied = condition(r);
            return applied
                ? steps.Aggregate(r, (record, step) => PublicityRosterSync.WithRosterId(step.ApplyTo(record)))
                : r;
        }, ct, held);
        if (updated is null || !applied) return updated;
        // Also when the steps were applied before: a retry after a crash between the two writes.
        foreach (var step in steps) await roster.SyncAsync(step, updated, ct);
        // The application and instance come from the activity's logging scope (ObservedActivity).
        foreach (var step in steps) LogRecorded(logger, step.Event);
        return updated;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Application step {Event} recorded")]
    private static partial void LogRecorded(ILogger logger, string @event);
}
