using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// One email to send because something happened. <see cref="EventKey"/> identifies the event (e.g.
/// <c>application/{id}/publicity-started</c>): queuing the same key twice sends one email.
/// Values must already be masked; the template scrubs ID- and phone-like runs anyway.
/// </summary>
public sealed record NotificationRequest(
    string EventKey,
    NotificationKind Kind,
    string ToAddress,
    string? ToName,
    IReadOnlyDictionary<string, string> Values);
