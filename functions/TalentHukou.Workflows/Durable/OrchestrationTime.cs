using Microsoft.DurableTask;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Durable;

/// <summary>
/// Business time inside an orchestration: only the context clock and context timers, mapped through the
/// <see cref="ClockAnchor"/> the orchestration was started with, so every replay computes the same.
/// </summary>
public static class OrchestrationTime
{
    public static DateTimeOffset BusinessNow(this TaskOrchestrationContext context, ClockAnchor anchor) =>
        anchor.ToBusiness(new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero));

    /// <summary>
    /// Waits until the business deadline, waiting again when a timer fires early (Azure Storage queues can).
    /// </summary>
    public static async Task WaitUntilAsync(
        this TaskOrchestrationContext context, ClockAnchor anchor, DateTimeOffset deadline,
        CancellationToken cancellation = default)
    {
        var due = RealDue(anchor, deadline);
        while (context.CurrentUtcDateTime < due)
            await context.CreateTimer(due, cancellation);
    }

    /// <summary>
    /// The first <typeparamref name="T"/> event named <paramref name="eventName"/> that arrives before the business
    /// deadline, or a timeout. An event arriving later stays buffered for the next wait on the same name.
    /// </summary>
    public static async Task<EventOrTimeout<T>> WaitForEventUntilAsync<T>(
        this TaskOrchestrationContext context, string eventName, ClockAnchor anchor, DateTimeOffset deadline)
    {
        var due = RealDue(anchor, deadline);
        if (context.CurrentUtcDateTime >= due) return EventOrTimeout<T>.TimedOut;
        using var cancel = new CancellationTokenSource();
        var received = context.WaitForExternalEvent<T>(eventName, cancel.Token);
        while (context.CurrentUtcDateTime < due)
        {
            var timer = context.CreateTimer(due, cancel.Token);
            if (await Task.WhenAny(received, timer) == received)
            {
                cancel.Cancel();
                return EventOrTimeout<T>.Received(await received);
            }
        }
        cancel.Cancel();
        return EventOrTimeout<T>.TimedOut;
    }

    private static DateTime RealDue(ClockAnchor anchor, DateTimeOffset deadline) => anchor.ToReal(deadline).UtcDateTime;
}

/// <summary>What a bounded wait for an external event ended with.</summary>
public readonly record struct EventOrTimeout<T>(bool IsTimedOut, T? Value)
{
    public static EventOrTimeout<T> TimedOut => new(true, default);

    public static EventOrTimeout<T> Received(T value) => new(false, value);
}
