using TalentHukou.Adapters.Applications;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// What one activity run that reads and writes an application more than once (<c>ApplyApplicationProgress</c>) holds
/// of it between its storage requests: the record as last read or written, with its ETag, so that the next write needs
/// no read first (a concurrent change fails it on the ETag and it reads again); the summaries of the notices settled
/// since, written with that next write; and the outbox rows this run saw settled, which a notice that must follow them
/// need not read again. Held for one run only: never shared, never kept.
/// </summary>
public sealed class HeldApplication(string applicationId)
{
    private readonly Dictionary<string, NoticeSummary> notices = new(StringComparer.Ordinal);

    public string ApplicationId => applicationId;

    /// <summary>The record as this run last read or wrote it, or null when it must read it first.</summary>
    public StoredApplication? Stored { get; set; }

    /// <summary>Summaries to write with the record's next write (<see cref="ApplicationUpdater"/>).</summary>
    public IReadOnlyCollection<NoticeSummary> Notices => notices.Values;

    /// <summary>Outbox rows (by row key) whose attempt in this run left them sent or failed for good.</summary>
    public HashSet<string> SettledRows { get; } = new(StringComparer.Ordinal);

    /// <summary>The record held; read and held first when this run holds none (null when it does not exist).</summary>
    public async Task<StoredApplication?> ReadAsync(ApplicationStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Stored ??= await store.GetStoredAsync(applicationId, ct);
    }

    /// <summary>Whether <paramref name="id"/> is the application held.</summary>
    public bool Holds(string? id) => string.Equals(id, applicationId, StringComparison.Ordinal);

    /// <summary>Keeps a notice's summary for the next write (a later summary of the same row replaces it).</summary>
    public void Keep(NoticeSummary notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        notices[notice.RowKey] = notice;
    }

    /// <summary>The summaries were written.</summary>
    public void NoticesWritten() => notices.Clear();

    /// <summary>
    /// Writes the summaries kept and not yet written, on their own (a merge of their columns only). The record's ETag
    /// changes with it, so the next write of the record reads it first.
    /// </summary>
    public async Task WriteNoticesAsync(ApplicationStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (notices.Count == 0) return;
        await store.KeepNoticesAsync(applicationId, [.. notices.Values], ct);
        notices.Clear();
        Stored = null;
    }
}
