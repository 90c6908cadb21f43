using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Support;

namespace TalentHukou.Workflows.Notifications.Outbox;

/// <summary>
/// Looks a <see cref="NoticeRecipient"/> up when its notice is queued: the address, the verified number and the name
/// stay in the records that hold them (and then in the outbox row), never in orchestration inputs or history.
/// Whose number an SMS goes to: the applicant's verified one; the ticket author's verified one. Registry and unit-admin
/// requests carry no verified number of the requester (an employer request's contact phone is the unit's line, and
/// the routes take no <c>phoneVerificationId</c>), so their decisions go by e-mail only; teams get e-mail only.
/// </summary>
public sealed class NoticeRecipients(
    ApplicationStore applications, SupportTicketStore tickets, RegistryRequestStore requests,
        PersonalDataProtector protector,
    IOptions<SupportOptions> support, IOptions<RegistryOptions> registry)
{
    /// <summary>
    /// Whom to write to, or null when the record is gone or left nothing to reach them by. An applicant of the
    /// application <paramref name="held"/> is read from the record it holds (or read into it).
    /// </summary>
    public async Task<ResolvedRecipient?> ResolveAsync(
        NoticeRecipient recipient, CancellationToken ct, HeldApplication? held = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        switch (recipient.Kind)
        {
            case NoticeRecipientKind.Applicant when held is not null && held.Holds(recipient.Id):
                return await held.ReadAsync(applications, ct) is { Record.Applicant: var own } ? Applicant(own) : null;
            case NoticeRecipientKind.Applicant:
                return await applications.GetAsync(recipient.Id!, ct) is { Record.Applicant: var a }
                    ? Applicant(a) : null;
            case NoticeRecipientKind.TicketAuthor:
                return await tickets.GetAsync(recipient.Id!, ct) is { Contact: var c } ? TicketAuthor(c) : null;
            case NoticeRecipientKind.Requester:
                return await requests.GetAsync(recipient.Id!, ct) is { NotifyEmail: { } email } r
                    ? new(email, r.NotifyName ?? "申请人")
                    : null;
            case NoticeRecipientKind.SupportTeam:
                return new(support.Value.TeamEmail, null);
            case NoticeRecipientKind.RegistryTeam:
                return new(registry.Value.TeamEmail, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(recipient), recipient.Kind, "Unknown recipient kind.");
        }
    }

    private ResolvedRecipient Applicant(ApplicantInfo a) => new(a.Email, a.Name)
    {
        VerifiedPhone = a.PhoneProtected is { } phone ? protector.Decrypt(phone) : null,
        SmsGreeting = Masking.Salutation(a.Name, a.Gender),
        Preference = a.ContactPreference,
    };

    private ResolvedRecipient TicketAuthor(TicketContact c) => new(c.Email, c.MaskedName)
    {
        VerifiedPhone = c.PhoneVerified && c.ProtectedPhone.Length > 0 ? protector.Decrypt(c.ProtectedPhone) : null,
        SmsGreeting = c.MaskedName.Length <= 4 ? c.MaskedName : c.MaskedName[..1] + "**",
    };
}
