using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Calendar;

/// <summary>Working-day calendar settings (section <c>Calendar</c>).</summary>
public sealed class CalendarOptions : ISelfValidatingOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// How often each instance re-reads the published notices: the bound on how late another instance sees one.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (RefreshInterval < TimeSpan.FromMilliseconds(100) || RefreshInterval > TimeSpan.FromMinutes(1))
            yield return "Calendar:RefreshInterval must be between 100 ms and 1 minute (it bounds how late an instance "
                + "sees a new notice).";
    }
}
