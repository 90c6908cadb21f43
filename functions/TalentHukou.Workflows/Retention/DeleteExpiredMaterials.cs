using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Retention;

/// <summary>
/// One round of <see cref="InstanceRetentionJob"/>: deletes the materials of applications that were rejected, or
/// withdrawn before publicity (that is, before a review approved them), more than
/// <see cref="ApplicationPolicy.MaterialRetentionDays"/> ago in business time, and marks the record; returns how many
/// applications it cleared. The input caps the applications handled per round.
/// </summary>
public sealed partial class DeleteExpiredMaterials(
    ApplicationStore store, ApplicationUpdater updater, PrivateBlobs blobs, BusinessClock clock,
    ApplicationPolicy policy, ILogger<DeleteExpiredMaterials> logger) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var closedBefore = clock.UtcNow.AddDays(-policy.MaterialRetentionDays);
        var cleared = 0;
        foreach (var record in await store.ClosedWithMaterialsAsync(input, CancellationToken.None))
        {
            if (!IsExpired(record, closedBefore)) continue;
            foreach (var material in record.Materials)
                await blobs.DeleteAsync(
                    StorageNames.ApplicationMaterialsContainer, material.MaterialId, CancellationToken.None);
            var now = clock.UtcNow;
            await updater.UpdateAsync(record.ApplicationId,
                r => r.MaterialsDeletedAt is null ? r with { MaterialsDeletedAt = now } : r, CancellationToken.None);
            cleared++;
        }
        if (cleared > 0) LogDeleted(logger, cleared, policy.MaterialRetentionDays);
        return cleared;
    }

    /// <summary>Rejected, or withdrawn before publicity, and closed before <paramref name="closedBefore"/>.</summary>
    public static bool IsExpired(ApplicationRecord record, DateTimeOffset closedBefore)
    {
        ArgumentNullException.ThrowIfNull(record);
        var closing = record.Stage is ApplicationStage.Rejected
            || (record.Stage is ApplicationStage.Withdrawn && record.Publicity is null);
        return closing && record.MaterialsDeletedAt is null && record.Materials.Count > 0
            && record.Timeline.Count > 0 && record.Timeline[^1].At < closedBefore;
    }

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information,
        Message = "Deleted the materials of {Count} applications closed more than {Days} days ago")]
    private static partial void LogDeleted(ILogger logger, int count, int days);
}
