using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Time;

/// <summary>
/// The service's notion of "now" for business rules (deadlines, publicity, SLAs): real time from
/// <see cref="TimeProvider"/> through the current <see cref="ClockAnchor"/>, and the working-day calendar in force.
/// </summary>
public sealed class BusinessClock(TimeProvider time, CalendarSource calendars, IOptions<ClockOptions> options)
{
    private readonly TimeOnly _closingTime = options.Value.ClosingTime;
    private ClockAnchor _anchor = ClockAnchor.RealTime;

    public ClockAnchor Anchor => Volatile.Read(ref _anchor);

    /// <summary>Deadlines under the calendar in force now (a published notice changes it within seconds).</summary>
    public DeadlinePolicy Deadlines => new(calendars.Current, _closingTime);

    public WorkingDayCalendar Calendar => calendars.Current;

    public DateTimeOffset UtcNow => Anchor.ToBusiness(time.GetUtcNow());

    public DateOnly Today => ChinaTime.DateOf(UtcNow);

    public TimeProvider RealTime => time;

    /// <summary>
    /// Replaces the anchor (at start-up from the stored one, or from the Development clock endpoint).
    /// </summary>
    public void Use(ClockAnchor anchor) => Volatile.Write(ref _anchor, anchor);
}
