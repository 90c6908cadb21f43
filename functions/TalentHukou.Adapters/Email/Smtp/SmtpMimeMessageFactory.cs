using MimeKit;

namespace TalentHukou.Adapters.Email.Smtp;

/// <summary>
/// Builds the MIME message (UTF-8 text and HTML alternatives) with a Message-Id derived from the operation id.
/// </summary>
internal static class SmtpMimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, string messageId, SmtpEmailTransportOptions options)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = messageId,
            Body = new BodyBuilder { TextBody = message.PlainText, HtmlBody = message.Html }.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(options.SenderName, options.SenderAddress));
        mime.To.Add(new MailboxAddress(message.To.DisplayName ?? "", message.To.Address));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(new MailboxAddress(replyTo.DisplayName ?? "", replyTo.Address));
        }

        return mime;
    }

    /// <summary><c>{guid}@{sender domain}</c>: the same operation id always gives the same Message-Id.</summary>
    public static string MessageIdFor(string operationId, string senderAddress)
    {
        var at = senderAddress.LastIndexOf('@');
        var domain = at >= 0 && at < senderAddress.Length - 1 ? senderAddress[(at + 1)..] : "talenthukou.local";
        return $"{EmailOperationId.ToGuid(operationId):N}@{domain}";
    }
}
