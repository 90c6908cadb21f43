using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Support;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Looks a <see cref="NoticeRecipient"/> up when its email is queued: the address and name stay in the records that
/// hold them (and then in the outbox row), never in orchestration inputs or history.
/// </summary>
public sealed class NoticeRecipients(
    ApplicationStore applications, SupportTicketStore tickets, RegistryRequestStore requests,
    IOptions<SupportOptions> support, IOptions<RegistryOptions> registry)
{
    /// <summary>Whom to write to, or null when the record is gone or left no address (nothing to send).</summary>
    public async Task<ResolvedRecipient?> ResolveAsync(NoticeRecipient recipient, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        switch (recipient.Kind)
        {
            case NoticeRecipientKind.Applicant:
                return await applications.GetAsync(recipient.Id!, ct) is { Record.Applicant: var a } ? new(a.Email, a.Name) : null;
            case NoticeRecipientKind.TicketAuthor:
                return await tickets.GetAsync(recipient.Id!, ct) is { Contact: var c } ? new(c.Email, c.MaskedName) : null;
            case NoticeRecipientKind.Requester:
                return await requests.GetAsync(recipient.Id!, ct) is { NotifyEmail: { } email } r ? new(email, r.NotifyName ?? "申请人") : null;
            case NoticeRecipientKind.SupportTeam:
                return new(support.Value.TeamEmail, null);
            case NoticeRecipientKind.RegistryTeam:
                return new(registry.Value.TeamEmail, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(recipient), recipient.Kind, "Unknown recipient kind.");
        }
    }
}
