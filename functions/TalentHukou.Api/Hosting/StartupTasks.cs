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
/// notices, warn about the calendar. Done in <see cref="StartingAsync"/>, which the host runs before any hosted service
/// starts: the Functions worker opens its gRPC stream to the host (and its web server listens) in their StartAsync, so
/// no invocation can arrive first, and a failure here ends the process before the worker connects instead of failing
/// requests in flight.
/// </summary>
public sealed partial class StartupTasks(StorageInitializer storage, ClockAnchorStore anchors, BusinessClock clock,
    SeedDataLoader seed, CalendarSource calendars, ILogger<StartupTasks> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
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

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        EventId = 1101,
        Level = LogLevel.Warning,
        Message = "Business clock accelerated ×{Acceleration}; business time is now {BusinessNow:O}")]
    private static partial void LogAccelerated(ILogger logger, double acceleration, DateTimeOffset businessNow);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Calendar: {Warning}")]
    private static partial void LogCalendarWarning(ILogger logger, string warning);
}
