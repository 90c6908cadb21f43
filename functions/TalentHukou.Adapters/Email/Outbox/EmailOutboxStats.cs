namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>Counts of outbox rows by status and the age of the oldest undelivered one, for operations; also per
/// channel.</summary>
public sealed class EmailOutboxStats(EmailOutboxStore outbox, TimeProvider time)
{
    public async Task<EmailOutboxSnapshot> GetAsync(CancellationToken ct)
    {
        var counts = OutboxStatus.All.ToDictionary(s => s, _ => 0);
        DateTimeOffset? oldest = null;
        await foreach (var (channel, status, queuedAt) in outbox.ReadStatusesAsync(ct))
        {
            counts[status] = counts.GetValueOrDefault(status) + 1;
            if (!OutboxStatus.IsFinal(channel, status) && (oldest is null || queuedAt < oldest)) oldest = queuedAt;
        }

        var now = time.GetUtcNow();
        return new EmailOutboxSnapshot(counts, oldest, now - oldest, now);
    }

    /// <summary>
    /// Per channel (<c>email</c>, <c>sms</c>): the backlog (rows not yet final: an SMS waits for its delivery report),
    /// the rows failed for good, the rows finished, and the failure rate among the finished ones.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ChannelSnapshot>> ByChannelAsync(CancellationToken ct)
    {
        var tallies = new Dictionary<string, (int Backlog, int Failed, int Finished, DateTimeOffset? Oldest)>
        {
            [OutboxChannel.Email] = default,
            [OutboxChannel.Sms] = default,
        };
        await foreach (var (channel, status, queuedAt) in outbox.ReadStatusesAsync(ct))
        {
            var t = tallies.GetValueOrDefault(channel);
            if (!OutboxStatus.IsFinal(channel, status))
                t = (t.Backlog + 1, t.Failed, t.Finished, t.Oldest is { } o && o <= queuedAt ? o : queuedAt);
            else t = (t.Backlog, t.Failed + (status == OutboxStatus.Failed ? 1 : 0), t.Finished + 1, t.Oldest);
            tallies[channel] = t;
        }
        var now = time.GetUtcNow();
        return tallies.ToDictionary(t => t.Key, t => new ChannelSnapshot(t.Value.Backlog, t.Value.Failed,
            t.Value.Finished,
            t.Value.Finished == 0 ? 0 : Math.Round((double)t.Value.Failed / t.Value.Finished, 4), t.Value.Oldest,
                now - t.Value.Oldest));
    }
}

/// <summary>
/// The outbox at <see cref="TakenAt"/>: rows per status (every status present, zero when none), and when the oldest
/// row not yet final was queued, with its age. Both are null when nothing is waiting.
/// </summary>
public sealed record EmailOutboxSnapshot(
    IReadOnlyDictionary<string, int> CountsByStatus,
    DateTimeOffset? OldestQueuedAt,
    TimeSpan? OldestQueuedAge,
    DateTimeOffset TakenAt);

/// <summary>One channel of the outbox: backlog, failed for good, finished, failed share of finished, oldest waiting
/// row.</summary>
public sealed record ChannelSnapshot(
    int Backlog, int Failed, int Finished, double FailureRate, DateTimeOffset? OldestQueuedAt,
        TimeSpan? OldestQueuedAge);
