using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;

namespace TalentHukou.Adapters.Email.Outbox;

/// <summary>
/// One email to send because something happened. <see cref="EventKey"/> identifies the event (e.g.
/// <c>application/{id}/publicity-started</c>): queuing the same key twice sends one email.
/// Values must already be masked; the template scrubs ID- and phone-like runs anyway.
/// <see cref="After"/> names the event whose email must be delivered first (the previous one of the same process), so a
/// person's mail arrives in the order things happened, also after a transport outage.
/// </summary>
public sealed record NotificationRequest(
    string EventKey,
    NotificationKind Kind,
    string ToAddress,
    string? ToName,
    IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The event key of the email to deliver before this one, if any.</summary>
    public string? After { get; init; }
}
