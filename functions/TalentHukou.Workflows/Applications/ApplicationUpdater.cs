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
    /// not exist. With <paramref name="held"/> (of this application), starts from the record it holds instead of
    /// reading it, writes the notice summaries it keeps along (also when the change changes nothing), and holds the
    /// result.
    /// </summary>
    public async Task<ApplicationRecord?> UpdateAsync(
        string applicationId, Func<ApplicationRecord, ApplicationRecord> change, CancellationToken ct,
        HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (held is not null && !held.Holds(applicationId))
            throw new ArgumentException($"Holds application {held.ApplicationId}, not {applicationId}.", nameof(held));
        for (var attempt = 0; attempt < 10; attempt++)
        {
            // Held: the record this run last read or wrote, or (after a write lost to another writer) read afresh.
            var current = held is not null
                ? await held.ReadAsync(store, ct)
                : await store.GetStoredAsync(applicationId, ct);
            if (current is null) return null;
            var updated = change(current.Record);
            var notices = held?.Notices ?? [];
            if (!ReferenceEquals(updated, current.Record) || notices.Count > 0)
            {
                var (written, etag) = await store.TryReplaceAsync(updated, current.ETag, current.Record, notices, ct);
                if (held is not null) held.Stored = written && etag is { } e ? new StoredApplication(updated, e) : null;
                if (!written) continue;
                held?.NoticesWritten();
            }
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
