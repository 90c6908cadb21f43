using Microsoft.DurableTask;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// A staff SLA a process waits for that a holiday notice may move both ways (ADR 0022): the deadline as it stands,
/// the record it belongs to, and the activity that stores a move on that record.
/// </summary>
public sealed class StaffDeadline(ArmedDeadline armed, string recordId, string storeMoveActivity)
{
    public ArmedDeadline Armed { get; private set; } = armed;

    public DateTimeOffset DueBy => Armed.DueBy;

    /// <summary>
    /// Recomputes the deadline under the notice's calendar (<see cref="RearmDeadline"/>); a move is stored on the
    /// record, and the waits that follow go to the deadline as it stands.
    /// </summary>
    internal async Task RearmAsync(TaskOrchestrationContext context, ClockAnchor clock, CalendarChange change)
    {
        var request = new RearmRequest(Armed, change, context.BusinessNow(clock));
        var shifted = await context.CallActivityAsync<ShiftedDeadline>(
            nameof(RearmDeadline), request, ActivityRetry.Transient);
        var from = Armed.DueBy;
        Armed = shifted.Deadline;
        if (shifted.Moved)
        {
            var move = new DeadlineMove(Armed.Kind, from, Armed.DueBy, change.Reference);
            await context.CallActivityAsync(
                storeMoveActivity, new StaffDeadlineMoved(recordId, move), ActivityRetry.Transient);
        }
    }
}

/// <summary>A staff deadline of record <paramref name="RecordId"/> moved by a notice.</summary>
public sealed record StaffDeadlineMoved(string RecordId, DeadlineMove Move);

/// <summary>Waits bounded by a <see cref="StaffDeadline"/>.</summary>
public static class StaffDeadlineWaits
{
    /// <summary>
    /// The first <typeparamref name="T"/> event named <paramref name="eventName"/> before <paramref name="before"/>
    /// ahead of the deadline, or a timeout. While it waits the instance publishes the armed deadline as its custom
    /// status (so the sweep finds it) and a <see cref="CalendarChange"/> re-arms it; the timer follows the deadline as
    /// it stands.
    /// </summary>
    public static async Task<EventOrTimeout<T>> WaitForEventUntilAsync<T>(this TaskOrchestrationContext context,
        string eventName, ClockAnchor clock, StaffDeadline deadline, TimeSpan before = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(deadline);
        DateTime Due() => clock.ToReal(deadline.DueBy - before).UtcDateTime;
        if (context.CurrentUtcDateTime >= Due()) return EventOrTimeout<T>.TimedOut;
        using var cancel = new CancellationTokenSource();
        var received = context.WaitForExternalEvent<T>(eventName, cancel.Token);
        var calendar = context.WaitForExternalEvent<CalendarChange>(CalendarChange.EventName, cancel.Token);
        context.SetCustomStatus(deadline.Armed);
        while (context.CurrentUtcDateTime < Due())
        {
            var first = await Task.WhenAny(received, calendar, context.CreateTimer(Due(), cancel.Token));
            if (first == received)
            {
                cancel.Cancel();
                context.SetCustomStatus(null);
                return EventOrTimeout<T>.Received(await received);
            }
            if (first == calendar)
            {
                await deadline.RearmAsync(context, clock, await calendar);
                context.SetCustomStatus(deadline.Armed);
                calendar = context.WaitForExternalEvent<CalendarChange>(CalendarChange.EventName, cancel.Token);
            }
        }
        cancel.Cancel();
        context.SetCustomStatus(null);
        return EventOrTimeout<T>.TimedOut;
    }
}
