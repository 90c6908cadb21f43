using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// How the outbox retries, section <c>Email:Outbox</c>: after a transient failure the next attempt waits
/// <see cref="FirstRetryDelay"/>, doubling up to <see cref="MaxRetryDelay"/> (longer when the provider asks with
/// Retry-After); a mail still undelivered <see cref="GiveUpAfter"/> after it was queued is marked failed.
/// </summary>
public sealed class EmailOutboxOptions : ISelfValidatingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Email:Outbox";

    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// How often a mail waiting for an earlier one of the same process (<see cref="OutboxEntry.AfterRowKey"/>) looks
    /// again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan OrderCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Longest one attempt may take; the row is held for this plus a margin, so no other attempt overlaps it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an attempt holds its row: a crashed attempt's row is free again after this.</summary>
    public TimeSpan Lease => SendTimeout + TimeSpan.FromMinutes(1);

    /// <summary>
    /// When to look again at a row another attempt holds (status <c>sending</c>, lease until
    /// <paramref name="heldUntil"/>): after <see cref="FirstRetryDelay"/>, or when the lease ends if sooner. The lease
    /// is sized for an attempt that crashed; a live one records its outcome within seconds, and a dispatcher that
    /// waited out the whole lease would leave the row due but unattempted for minutes.
    /// </summary>
    public DateTimeOffset LookAgainWhileHeld(DateTimeOffset heldUntil, DateTimeOffset now) =>
        heldUntil < now + FirstRetryDelay ? heldUntil : now + FirstRetryDelay;

    /// <summary>
    /// The wait before attempt number <paramref name="attempts"/> + 1, honouring the provider's Retry-After.
    /// </summary>
    public TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var backoff = TimeSpan.FromTicks(
            (long)Math.Min(FirstRetryDelay.Ticks * Math.Pow(2, exponent), MaxRetryDelay.Ticks));
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (MaxRetryDelay < FirstRetryDelay)
            yield return "Email:Outbox:MaxRetryDelay must not be shorter than FirstRetryDelay.";
    }
}
