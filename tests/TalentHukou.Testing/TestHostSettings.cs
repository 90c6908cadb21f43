using System.Globalization;

namespace TalentHukou.Testing;

/// <summary>
/// The configuration every test host starts from, whether it runs in the test process or as a process of its own.
/// </summary>
public static class TestHostSettings
{
    public const string IdIndexKey = "test-only-id-index-key-0123456789abcdef";

    public static Dictionary<string, string?> For(HostNames names, string storageConnectionString) => new()
    {
        ["Storage:ConnectionString"] = storageConnectionString,
        ["Storage:NamePrefix"] = names.TablePrefix,
        ["DurableTask:HubName"] = names.HubName,
        ["DurableTask:MaxQueuePollingInterval"] = "00:00:00.500",
        ["DurableTask:PartitionCount"] = "2",
        // The suite's hosts keep one fixed dispatch limit: they serve requests nearly all the time while their tests
        // wait for orchestrations, and the shared Azurite saturates at 48 (DispatchBoundTests cover the narrowing).
        ["DurableTask:MaxConcurrentOrchestrations"] = "16",
        ["DurableTask:MaxConcurrentActivities"] = "16",
        ["DurableTask:MaxConcurrentOrchestrationsDuringRequests"] = "16",
        ["DurableTask:MaxConcurrentActivitiesDuringRequests"] = "16",
        ["Auth:Issuer"] = "https://talenthukou.local/dev",
        ["Auth:Audience"] = "talenthukou-api",
        ["Auth:DevSigningKey"] = TestKeys.DevSigningKey,
        ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_LOGLEVEL") ?? "Warning",
        ["Privacy:IdIndexKey"] = IdIndexKey,
        // Nothing listens there: a test host never mails a developer's maildev on 1025. Mail tests pass an
        // SmtpCatcher's settings.
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpCatcher.Down().Port.ToString(CultureInfo.InvariantCulture),
    };
}
