using TalentHukou.Testing;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>Host settings for smart-path scenarios that must finish in seconds.</summary>
public static class FastSmartPath
{
    /// <summary>
    /// Publicity passes in seconds (a working day is about a second); the card can be generated for years of that time;
    /// the saga, the outbox, abandoned Idempotency-Key reservations and applications a killed host left unstarted are
    /// retried within seconds; mail goes to <paramref name="smtp"/>.
    /// </summary>
    public static Dictionary<string, string?> Settings(SmtpCatcher smtp) => new(smtp.Settings())
    {
        ["Clock:Acceleration"] = "100000",
        ["Applications:CardGenerationDays"] = "3650",
        ["Idempotency:PendingTimeout"] = "00:00:20",
        ["Processes:Unstarted:SweepInterval"] = "00:00:02",
        ["Email:Outbox:FirstRetryDelay"] = "00:00:01",
        ["Email:Outbox:MaxRetryDelay"] = "00:00:02",
        ["Email:Outbox:SendTimeout"] = "00:00:05",
        ["CardSaga:StepFirstRetry"] = "00:00:00.200",
        ["CardSaga:PsbSync:FirstCheckAfter"] = "00:00:00.500",
        ["CardSaga:PsbSync:MaxCheckInterval"] = "00:00:01",
    };
}
