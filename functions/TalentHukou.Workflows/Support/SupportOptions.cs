using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Adapters.Support;

namespace TalentHukou.Workflows.Support;

/// <summary>
/// The support desk (section <c>Support</c>): where reminders and escalations go, and how early to remind.
/// </summary>
public sealed class SupportOptions : ISelfValidatingOptions
{
    public const string SectionName = "Support";

    /// <summary>Tickets are answered within 3 working days (seed Q6, Q8).</summary>
    public const int SlaWorkingDays = 3;

    /// <summary>
    /// The support team's mailbox, which receives reminders and escalations (the seed's technical support mailbox).
    /// </summary>
    public string TeamEmail { get; set; } = "hrssgz@gz.gov.cn";

    /// <summary>
    /// How long before a ticket's deadline (business time) support is reminded of an unanswered ticket.
    /// </summary>
    public TimeSpan ReminderBeforeDue { get; set; } = TimeSpan.FromHours(4);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Domain.Identity.EmailAddress.Parse(TeamEmail).IsValid)
            yield return "Support:TeamEmail must be an email address.";
        if (ReminderBeforeDue < TimeSpan.Zero) yield return "Support:ReminderBeforeDue must not be negative.";
    }
}
