using Microsoft.DurableTask;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// Recomputes one armed deadline under the calendar a notice made (<see cref="DeadlineShift"/>). An instance that has
/// not yet refreshed its calendar to the event's version reloads it first, so the answer never lags the notice.
/// </summary>
public sealed class RearmDeadline(BusinessClock clock, CalendarSource calendars)
    : TaskActivity<RearmRequest, ShiftedDeadline>
{
    public override async Task<ShiftedDeadline> RunAsync(TaskActivityContext context, RearmRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (clock.Calendar.Version != input.Change.Version) await calendars.ReloadAsync(CancellationToken.None);
        return DeadlineShift.Apply(input.Deadline, clock.Deadlines, input.Now);
    }
}

/// <summary>
/// The deadline as armed, the calendar change, and business "now" (a passed deadline is never reopened).
/// </summary>
public sealed record RearmRequest(ArmedDeadline Deadline, CalendarChange Change, DateTimeOffset Now);
