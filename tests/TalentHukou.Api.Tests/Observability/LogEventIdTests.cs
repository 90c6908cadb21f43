using System.Reflection;
using Microsoft.Extensions.Logging;

namespace TalentHukou.Api.Tests.Observability;

/// <summary>Alerts and queries match log events by id (README, "Log events"), so no two events may share one.</summary>
public class LogEventIdTests
{
    private static readonly Assembly[] ServiceAssemblies =
    [
        typeof(TalentHukou.Api.Routing.ApiPipeline).Assembly,
        typeof(TalentHukou.Adapters.Storage.StorageNames).Assembly,
        typeof(TalentHukou.Workflows.Durable.DurableTasks).Assembly,
        typeof(TalentHukou.LocalHost.Hosting.LocalHostApp).Assembly,
    ];

    [Fact]
    public void EveryLogEvent_HasAnIdOfItsOwn()
    {
        var events = ServiceAssemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(
                BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance
                | BindingFlags.DeclaredOnly))
            .Select(m => (
                Method: $"{m.DeclaringType!.Name}.{m.Name}",
                Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(e => e.Attribute is not null)
            .ToList();

        Assert.True(events.Count > 20, $"only {events.Count} log events found: the scan no longer sees them");
        var shared = events.GroupBy(e => e.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}").ToList();
        Assert.True(shared.Count == 0, "log event ids used twice: " + string.Join("; ", shared));
    }
}
