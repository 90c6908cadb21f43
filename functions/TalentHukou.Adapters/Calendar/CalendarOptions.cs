namespace TalentHukou.Adapters.Calendar;

/// <summary>Working-day calendar settings (section <c>Calendar</c>).</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// How often each instance re-reads the published notices: the bound on how late another instance sees one.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
