using Microsoft.Extensions.Logging;

namespace TalentHukou.Adapters.Email.Smtp;

public sealed partial class SmtpEmailTransport
{
    private void LogOutcome(string messageId, EmailSendOutcome outcome)
    {
        switch (outcome)
        {
            case EmailSendOutcome.Succeeded:
                LogSent(logger, messageId);
                break;
            case EmailSendOutcome.Failed failed:
                LogFailed(logger, messageId, failed.Permanent, failed.Reason);
                break;
            case EmailSendOutcome.Transient transient:
                LogTransient(logger, messageId, transient.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "SMTP e-mail {MessageId} relayed")]
    private static partial void LogSent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning,
        Message = "SMTP e-mail {MessageId} refused (permanent: {Permanent}, reason: {Reason})")]
    private static partial void LogFailed(ILogger logger, string messageId, bool permanent, string reason);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Warning,
        Message = "SMTP e-mail {MessageId} must be retried (reason: {Reason})")]
    private static partial void LogTransient(ILogger logger, string messageId, string reason);
}
