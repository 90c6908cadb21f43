namespace TalentHukou.Adapters.Email;

/// <summary>An e-mail address with an optional display name.</summary>
public sealed record EmailAddress(string Address, string? DisplayName = null);

/// <summary>One e-mail to one recipient, in plain text and HTML.</summary>
public sealed record EmailMessage(EmailAddress To, string Subject, string PlainText, string Html)
{
    /// <summary>Where replies should go; the transport's sender when absent.</summary>
    public EmailAddress? ReplyTo { get; init; }
}
