namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// One email to send because something happened. <see cref="EventKey"/> identifies the event (e.g.
/// <c>application/{id}/publicity-started</c>): queuing the same key twice sends one email.
/// <see cref="Recipient"/> names whom by reference (an application, ticket or request id, or a team): the address and
/// name are looked up when the email is queued, so orchestration inputs and history never hold them.
/// Values must already be masked; the template scrubs ID- and phone-like runs anyway.
/// <see cref="After"/> names the event whose email must be delivered first (the previous one of the same process), so a
/// person's mail arrives in the order things happened, also after a transport outage.
/// </summary>
public sealed record NotificationRequest(
    string EventKey,
    NotificationKind Kind,
    NoticeRecipient Recipient,
    IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The event key of the email to deliver before this one, if any.</summary>
    public string? After { get; init; }
}
