namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// The event that re-arms a waiting deadline: a notice changed the calendar to <see cref="Version"/>. The process
/// recomputes its deadline from what it recorded and the current calendar, and waits anew.
/// </summary>
public sealed record CalendarChange(string Version, string Reference)
{
    /// <summary>The external event's name, listened for beside every re-armable deadline's timer.</summary>
    public const string EventName = "calendar-changed";
}
