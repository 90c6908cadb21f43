namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>Counts of outbox rows by status and the age of the oldest undelivered one, for operations.</summary>
public sealed class EmailOutboxStats(EmailOutboxStore outbox, TimeProvider time)
{
    public async Task<EmailOutboxSnapshot> GetAsync(CancellationToken ct)
    {
        var counts = OutboxStatus.All.ToDictionary(s => s, _ => 0);
        DateTimeOffset? oldest = null;
        await foreach (var (status, queuedAt) in outbox.ReadStatusesAsync(ct))
        {
            counts[status] = counts.GetValueOrDefault(status) + 1;
            if (!OutboxStatus.IsFinal(status) && (oldest is null || queuedAt < oldest)) oldest = queuedAt;
        }

        var now = time.GetUtcNow();
        return new EmailOutboxSnapshot(counts, oldest, now - oldest, now);
    }
}

/// <summary>
/// The outbox at <see cref="TakenAt"/>: rows per status (every status present, zero when none), and when the oldest
/// row not yet sent or failed (queued or sending) was queued, with its age. Both are null when nothing is waiting.
/// </summary>
public sealed record EmailOutboxSnapshot(
    IReadOnlyDictionary<string, int> CountsByStatus, DateTimeOffset? OldestQueuedAt, TimeSpan? OldestQueuedAge, DateTimeOffset TakenAt);
