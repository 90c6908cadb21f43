using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Time;

namespace TalentHukou.Workflows.Time;

/// <summary>
/// The service's notion of "now" for business rules (deadlines, publicity, SLAs): real time from
/// <see cref="TimeProvider"/> mapped through the current <see cref="ClockAnchor"/>.
/// </summary>
public sealed class BusinessClock(TimeProvider time, DeadlinePolicy deadlines)
{
    private ClockAnchor _anchor = ClockAnchor.RealTime;

    public ClockAnchor Anchor => Volatile.Read(ref _anchor);

    public DeadlinePolicy Deadlines => deadlines;

    public WorkingDayCalendar Calendar => deadlines.Calendar;

    public DateTimeOffset UtcNow => Anchor.ToBusiness(time.GetUtcNow());

    public DateOnly Today => ChinaTime.DateOf(UtcNow);

    public TimeProvider RealTime => time;

    /// <summary>Replaces the anchor (at start-up from the stored one, or from the Development clock endpoint).</summary>
    public void Use(ClockAnchor anchor) => Volatile.Write(ref _anchor, anchor);
}
