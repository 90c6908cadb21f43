using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;

namespace TalentHukou.Api.Applications;

/// <summary>
/// The notices of an application on its timeline: one entry per outbox row (per channel), with its delivery status
/// and the masked address or number only.
/// </summary>
public static class ApplicationNoticesView
{
    public const string NoticeEvent = "notice";

    /// <summary><paramref name="view"/> with the notice rows merged into its timeline and how notices reach the
    /// applicant.</summary>
    public static ApplicationView With(ApplicationView view, ApplicationRecord record,
        IEnumerable<NoticeSummary> notices, bool smsEnabled)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(record);
        // The summaries hold the status as shown and the address already masked.
        var entries = notices.Select(n => new TimelineView(n.QueuedAt, NoticeEvent, null, n.Kind)
        {
            Channel = n.Channel,
            Status = n.Status,
            To = n.To,
        });
        return view with
        {
            Timeline = [.. view.Timeline.Concat(entries).OrderBy(t => t.At)],
            Notices = NoticeChannelsView.For(record.Applicant, smsEnabled),
        };
    }
}

/// <summary>
/// How notices reach the applicant: the <c>contactPreference</c>, the <c>channels</c> they go by, and <c>sms</c>:
/// <c>verified-number</c>, <c>unverified-number</c> (e-mail only until the number is verified) or
/// <c>unavailable</c> (no SMS gateway).
/// </summary>
public sealed record NoticeChannelsView(string ContactPreference, IReadOnlyList<string> Channels, string Sms)
{
    public static NoticeChannelsView For(ApplicantInfo a, bool smsEnabled)
    {
        ArgumentNullException.ThrowIfNull(a);
        var sms = !smsEnabled ? "unavailable" : a.PhoneProtected is null ? "unverified-number" : "verified-number";
        var (byEmail, bySms) = Domain.Common.ContactPreference.Channels(
            a.ContactPreference, a.Email.Length > 0, sms == "verified-number");
        List<string> channels = [];
        if (byEmail) channels.Add(OutboxChannel.Email);
        if (bySms) channels.Add(OutboxChannel.Sms);
        return new(a.ContactPreference, channels, sms);
    }
}
