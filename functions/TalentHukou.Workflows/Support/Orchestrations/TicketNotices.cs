using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Support.Orchestrations;

/// <summary>
/// The emails of a ticket's life; event keys make each one at most once, however often an orchestration replays.
/// </summary>
public static class TicketNotices
{
    public static NotificationRequest Received(TicketSlaInput t) => new(
        $"ticket/{t.TicketId}/received", NotificationKind.TicketReceived, NoticeRecipient.TicketAuthor(t.TicketId),
        new Dictionary<string, string> { ["TicketId"] = t.TicketId, ["DueBy"] = ChinaTime.ToMinute(t.DueBy) });

    public static NotificationRequest Answered(TicketSlaInput t, string messageId) => new(
        $"ticket/{t.TicketId}/reply/{messageId}", NotificationKind.TicketAnswered,
        NoticeRecipient.TicketAuthor(t.TicketId),
        new Dictionary<string, string> { ["TicketId"] = t.TicketId });

    public static NotificationRequest DueSoon(TicketSlaInput t) =>
        ToSupport(t, "due-soon", NotificationKind.TicketDueSoon);

    public static NotificationRequest Overdue(TicketSlaInput t) =>
        ToSupport(t, "overdue", NotificationKind.TicketOverdue);

    private static NotificationRequest ToSupport(TicketSlaInput t, string what, NotificationKind kind) => new(
        $"ticket/{t.TicketId}/round/{t.Round}/{what}", kind, NoticeRecipient.SupportTeam,
        new Dictionary<string, string>
        {
            ["TicketId"] = t.TicketId,
            ["Category"] = t.Category,
            ["DueBy"] = ChinaTime.ToMinute(t.DueBy),
        });
}
