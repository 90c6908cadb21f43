using Microsoft.Extensions.Logging;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Adapters.Calendar;

/// <summary>
/// The working-day calendar in force: the embedded seed notices overlaid with the stored ones. Each instance re-reads
/// the store every <see cref="CalendarOptions.RefreshInterval"/> (<see cref="CalendarRefresher"/>); the instance that
/// publishes a notice reloads at once. A failed read keeps the calendar it had.
/// </summary>
public sealed partial class CalendarSource(CalendarNoticeStore store, ILogger<CalendarSource> logger)
{
    private static readonly CalendarData Seed = CalendarData.LoadEmbedded();

    private WorkingDayCalendar _current = new(Seed);

    public WorkingDayCalendar Current => Volatile.Read(ref _current);

    /// <summary>Reads the stored notices and uses them from now on; returns the calendar now in force.</summary>
    public async Task<WorkingDayCalendar> ReloadAsync(CancellationToken ct)
    {
        var stored = await store.ReadAllAsync(ct);
        var years = new Dictionary<int, CalendarYear>(Seed.Years);
        foreach (var (year, notice) in stored) years[year] = notice;
        var next = new WorkingDayCalendar(new CalendarData(years));
        var previous = Interlocked.Exchange(ref _current, next);
        if (previous.Version != next.Version)
            LogChanged(logger, previous.Version, next.Version, next.LastPublishedYear);
        return next;
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information,
        Message = "Calendar: notices changed, version {Previous} → {Current}; last notice for {LastYear}")]
    private static partial void LogChanged(ILogger logger, string previous, string current, int lastYear);
}
