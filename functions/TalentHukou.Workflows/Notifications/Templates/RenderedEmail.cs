using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>A rendered notice: subject, plain-text body and HTML body.</summary>
public sealed record RenderedEmail(string Subject, string PlainText, string Html)
{
    /// <summary>The e-mail that delivers this notice to <paramref name="to"/>.</summary>
    public EmailMessage ToMessage(EmailAddress to, EmailAddress? replyTo = null) =>
        new(to, Subject, PlainText, Html) { ReplyTo = replyTo };
}
