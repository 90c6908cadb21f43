using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Cards;

namespace TalentHukou.Workflows.Cards.Saga.Orchestrations;

/// <summary>The saga's log events (written through the orchestration's replay-safe logger).</summary>
internal static partial class CardSagaLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Card {CardNumber} issued for application {ApplicationId} (attempt {Attempt})")]
    public static partial void LogIssued(this ILogger logger, string cardNumber, string applicationId, int attempt);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Card saga of application {ApplicationId} (attempt {Attempt}) "
            + "failed at step {Step} ({ErrorType}); compensating")]
    public static partial void LogStepFailed(
        this ILogger logger, string applicationId, int attempt, string step, string errorType);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning,
        Message = "Card saga of application {ApplicationId} (attempt {Attempt}): "
            + "{Step} failed for good ({ErrorType}); the saga goes on")]
    public static partial void LogToleratedFailure(
        this ILogger logger, string applicationId, int attempt, string step, string errorType);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information,
        Message = "Public security knows card {CardNumber} of application {ApplicationId} after {Checks} cross-checks")]
    public static partial void LogPsbSynced(this ILogger logger, string cardNumber, string applicationId, int checks);
}
