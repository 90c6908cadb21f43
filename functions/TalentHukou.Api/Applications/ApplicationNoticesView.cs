using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Privacy;

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
        IEnumerable<OutboxEntry> notices, bool smsEnabled)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(record);
        var entries = notices.Select(n => new TimelineView(n.QueuedAt, NoticeEvent, null, n.Kind.ToString())
        {
            Channel = n.Channel,
            Status = n.Status == OutboxStatus.Sending ? OutboxStatus.Queued : n.Status,
            To = n.Channel == OutboxChannel.Sms ? Masking.Phone(n.ToAddress) : PersonalDataScrubber.Scrub(n.ToAddress),
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
