namespace TalentHukou.Workflows.Notifications;

/// <summary>Which provider sends e-mail.</summary>
public enum EmailTransportKind
{
    /// <summary>MailKit to an SMTP server; the default, a local catcher on <c>localhost:1025</c>.</summary>
    Smtp,

    /// <summary>Azure Communication Services Email.</summary>
    Acs,
}

/// <summary>E-mail settings, section <c>Email</c>: <c>Email:Transport</c> is <c>Smtp</c> (default) or <c>Acs</c>.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Email";

    public EmailTransportKind Transport { get; set; } = EmailTransportKind.Smtp;
}
