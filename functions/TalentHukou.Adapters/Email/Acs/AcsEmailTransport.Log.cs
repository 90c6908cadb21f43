using Microsoft.Extensions.Logging;

namespace TalentHukou.Adapters.Email.Acs;

public sealed partial class AcsEmailTransport
{
    private void LogOutcome(Guid operationId, EmailSendOutcome outcome)
    {
        switch (outcome)
        {
            case EmailSendOutcome.Succeeded:
                LogSent(logger, operationId);
                break;
            case EmailSendOutcome.Failed failed:
                LogFailed(logger, operationId, failed.Permanent, failed.Reason);
                break;
            case EmailSendOutcome.Transient transient:
                LogTransient(logger, operationId, transient.RetryAfter, transient.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "ACS e-mail operation {OperationId} succeeded")]
    private static partial void LogSent(ILogger logger, Guid operationId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "ACS e-mail operation {OperationId} failed (permanent: {Permanent}, reason: {Reason})")]
    private static partial void LogFailed(ILogger logger, Guid operationId, bool permanent, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "ACS e-mail operation {OperationId} must be retried after {RetryAfter} (reason: {Reason})")]
    private static partial void LogTransient(ILogger logger, Guid operationId, TimeSpan? retryAfter, string reason);
}
