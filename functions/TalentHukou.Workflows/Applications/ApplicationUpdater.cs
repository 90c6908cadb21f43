using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// Changes an application's read model with optimistic concurrency, retrying on a concurrent write; an application that
/// closes (rejected, withdrawn, card issued) frees its person's one-active-application lock.
/// </summary>
public sealed class ApplicationUpdater(
    ApplicationStore store, ActiveApplicationLocks locks, PersonalDataProtector protector)
{
    /// <summary>
    /// Applies <paramref name="change"/> to the current record; returns the new record, or null if the application does
    /// not exist.
    /// </summary>
    public async Task<ApplicationRecord?> UpdateAsync(
        string applicationId, Func<ApplicationRecord, ApplicationRecord> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await store.GetAsync(applicationId, ct) is not { } current) return null;
            var updated = change(current.Record);
            var changed = !ReferenceEquals(updated, current.Record);
            if (changed && !await store.TryReplaceAsync(updated, current.ETag, current.Record, ct)) continue;
            // Also when unchanged: a host may have died between closing the application and freeing the lock.
            if (ApplicationStages.IsClosed(updated.Stage))
                foreach (var index in IndexesOf(updated.Applicant))
                    await locks.ReleaseAsync(index, updated.ApplicationId, ct);
            return updated;
        }
        throw new InvalidOperationException($"Application {applicationId} kept changing; the update was not applied.");
    }

    /// <summary>
    /// The record's own index and, while a key rotation may be moving its lock, the ID number's under every key.
    /// </summary>
    private IEnumerable<string> IndexesOf(ApplicantInfo applicant)
    {
        if (!protector.HasOlderKeys || !protector.CanRead(applicant.IdNumberProtected))
            return [applicant.IdNumberIndex];
        IEnumerable<string> all = protector.IndexesOf(protector.Decrypt(applicant.IdNumberProtected));
        return all.Prepend(applicant.IdNumberIndex).Distinct(StringComparer.Ordinal);
    }
}
