using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Calendar;

/// <summary>
/// Re-reads the published notices on every instance, so a notice published elsewhere counts within seconds.
/// </summary>
public sealed partial class CalendarRefresher(
    CalendarSource source, IOptions<CalendarOptions> options, TimeProvider time, ILogger<CalendarRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await source.ReloadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning,
        Message = "Calendar: reading the published notices failed; the last ones read stay in force")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
