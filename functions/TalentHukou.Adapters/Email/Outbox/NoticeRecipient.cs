namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>Whom a notice goes to, by reference: the person behind a stored record, or a team's mailbox.</summary>
public sealed record NoticeRecipient(NoticeRecipientKind Kind, string? Id = null)
{
    public static NoticeRecipient Applicant(string applicationId) => new(NoticeRecipientKind.Applicant, applicationId);

    public static NoticeRecipient TicketAuthor(string ticketId) => new(NoticeRecipientKind.TicketAuthor, ticketId);

    public static NoticeRecipient Requester(string requestId) => new(NoticeRecipientKind.Requester, requestId);

    public static NoticeRecipient SupportTeam { get; } = new(NoticeRecipientKind.SupportTeam);

    public static NoticeRecipient RegistryTeam { get; } = new(NoticeRecipientKind.RegistryTeam);
}

/// <summary>The kinds of <see cref="NoticeRecipient"/>.</summary>
public enum NoticeRecipientKind
{
    /// <summary>The applicant of the application <see cref="NoticeRecipient.Id"/>.</summary>
    Applicant,

    /// <summary>Whoever filed the support ticket <see cref="NoticeRecipient.Id"/>.</summary>
    TicketAuthor,

    /// <summary>
    /// Whoever filed the registry request <see cref="NoticeRecipient.Id"/> (when they left an address).
    /// </summary>
    Requester,

    /// <summary>The support desk's mailbox (<c>Support:TeamEmail</c>).</summary>
    SupportTeam,

    /// <summary>The registry admins' mailbox (<c>Registry:TeamEmail</c>).</summary>
    RegistryTeam,
}

/// <summary>
/// A recipient's e-mail address (empty when they left none) and the name to greet them by (null for a team); for SMS,
/// the verified mobile number (null when none was verified: no SMS), the greeting an SMS may carry (surname with
/// 先生/女士, or the masked name: never the full name) and how they want notices.
/// </summary>
public sealed record ResolvedRecipient(string Address, string? Name)
{
    public string? VerifiedPhone { get; init; }

    public string? SmsGreeting { get; init; }

    /// <summary><c>sms</c>, <c>email</c> or <c>both</c>.</summary>
    public string Preference { get; init; } = Domain.Common.ContactPreference.Both;
}
