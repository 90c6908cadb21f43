using Microsoft.Extensions.Logging;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Workflows.Notifications.Outbox;

public sealed partial class OutboxDelivery
{
    private void LogRecorded(OutboxEntry entry)
    {
        switch (entry.Status)
        {
            case OutboxStatus.Sent:
                LogSent(logger, entry.RowKey, entry.Kind.ToString(), entry.Attempts, entry.ProviderMessageId);
                TalentHukouTelemetry.EmailsSent.Add(
                    1, new KeyValuePair<string, object?>("email.kind", entry.Kind.ToString()));
                break;
            case OutboxStatus.Failed:
                LogFailed(logger, entry.RowKey, entry.Kind.ToString(), entry.Attempts, entry.LastError);
                TalentHukouTelemetry.EmailsFailed.Add(
                    1, new KeyValuePair<string, object?>("email.kind", entry.Kind.ToString()));
                break;
            default:
                LogRetrying(logger, entry.RowKey, entry.Kind.ToString(), entry.Attempts, entry.LastError,
                    entry.NextAttemptAt);
                break;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Outbox email {RowKey} ({Kind}) sent on attempt {Attempts} as {ProviderMessageId}")]
    private static partial void LogSent(
        ILogger logger, string rowKey, string kind, int attempts, string? providerMessageId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error,
        Message = "Outbox email {RowKey} ({Kind}) failed for good after {Attempts} attempt(s): {Reason}")]
    private static partial void LogFailed(ILogger logger, string rowKey, string kind, int attempts, string? reason);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning,
        Message = "Outbox email {RowKey} ({Kind}) not sent on attempt {Attempts} ({Reason}); "
            + "next attempt at {NextAttemptAt:O}")]
    private static partial void LogRetrying(
        ILogger logger, string rowKey, string kind, int attempts, string? reason, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning,
        Message = "Outbox email {RowKey} does not exist; nothing to send")]
    private static partial void LogMissing(ILogger logger, string rowKey);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning,
        Message = "Outbox email {RowKey}: the attempt outlived its lease and another one took the row; "
            + "its outcome was not recorded")]
    private static partial void LogLeaseLost(ILogger logger, string rowKey);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Error,
        Message = "Outbox email {RowKey}: unexpected error while sending; will retry")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string rowKey);
}
