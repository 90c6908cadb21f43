using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Email.Acs;

/// <summary>
/// Azure.Core's retry (408, 429, 500, 502, 503, 504 and network errors, honouring <c>Retry-After</c>), except that a
/// throttled answer asking for a wait longer than <c>maxInlineRetryAfter</c> is not retried in-process: it reaches
/// the caller as a 429/503 carrying its <c>Retry-After</c>, so a long throttle is seen and waited out by the
/// durable outbox's timer instead of silently blocking an activity.
/// </summary>
internal sealed class ThrottleAwareRetryPolicy(
    int maxRetries, DelayStrategy delayStrategy, TimeSpan maxInlineRetryAfter, TimeProvider timeProvider)
    : RetryPolicy(maxRetries, delayStrategy)
{
    /// <inheritdoc />
    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && !AsksForLongWait(message);

    /// <inheritdoc />
    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception).ConfigureAwait(false) && !AsksForLongWait(message);

    private bool AsksForLongWait(HttpMessage message) =>
        message.HasResponse && RetryAfterHeader.Read(message.Response, timeProvider) > maxInlineRetryAfter;
}
