using TalentHukou.Adapters.Applications;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>Changes an application's read model with optimistic concurrency, retrying on a concurrent write.</summary>
public sealed class ApplicationUpdater(ApplicationStore store)
{
    /// <summary>Applies <paramref name="change"/> to the current record; returns the new record, or null if the application does not exist.</summary>
    public async Task<ApplicationRecord?> UpdateAsync(string applicationId, Func<ApplicationRecord, ApplicationRecord> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await store.GetAsync(applicationId, ct) is not { } current) return null;
            var updated = change(current.Record);
            if (ReferenceEquals(updated, current.Record) || await store.TryReplaceAsync(updated, current.ETag, current.Record.Stage, ct)) return updated;
        }
        throw new InvalidOperationException($"Application {applicationId} kept changing; the update was not applied.");
    }
}
