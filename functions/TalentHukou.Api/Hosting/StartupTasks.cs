using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Calendar;
using TalentHukou.Adapters.Seed;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Endpoints;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Hosting;

/// <summary>
/// At start-up: create the tables and containers, restore the business clock, load seed data and the published holiday
/// notices, warn about the calendar.
/// </summary>
public sealed partial class StartupTasks(StorageInitializer storage, ClockAnchorStore anchors, BusinessClock clock,
    SeedDataLoader seed, CalendarSource calendars, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        clock.Use(await anchors.LoadOrCreateAsync(cancellationToken));
        await seed.LoadAsync(cancellationToken);
        await calendars.ReloadAsync(cancellationToken);
        if (!clock.Anchor.IsRealTime)
            LogAccelerated(logger, clock.Anchor.Acceleration, clock.UtcNow);
        foreach (var warning in HealthApi.CalendarWarnings(clock))
            LogCalendarWarning(logger, warning);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Business clock accelerated ×{Acceleration}; business time is now {BusinessNow:O}")]
    private static partial void LogAccelerated(ILogger logger, double acceleration, DateTimeOffset businessNow);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Calendar: {Warning}")]
    private static partial void LogCalendarWarning(ILogger logger, string warning);
}
