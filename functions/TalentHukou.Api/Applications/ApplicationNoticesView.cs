using System.ComponentModel;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.Applications;

/// <summary>
/// The notices of an application on its timeline: one entry per outbox row (per channel), with its delivery status
/// and the masked address or number only.
/// </summary>
public static class ApplicationNoticesView
{
    public const string NoticeEvent = "notice";

    /// <summary>The delivery statuses a timeline shows: an outbox row's, with <c>sending</c> shown as queued.</summary>
    public static IReadOnlyList<string> DeliveryStatuses { get; } =
        [OutboxStatus.Queued, OutboxStatus.Sent, OutboxStatus.Delivered, OutboxStatus.Failed];

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
[Description("通知渠道。How notices reach the applicant: the preference, the channels used and whether SMS can go.")]
public sealed record NoticeChannelsView(
    [WireValues(typeof(ContactPreference))] string ContactPreference,
    [WireValues(typeof(OutboxChannel), Schema = "NoticeChannel")] IReadOnlyList<string> Channels,
    [WireValues(typeof(SmsReach))] string Sms)
{
    public static NoticeChannelsView For(ApplicantInfo a, bool smsEnabled)
    {
        ArgumentNullException.ThrowIfNull(a);
        var sms = !smsEnabled ? SmsReach.Unavailable
            : a.PhoneProtected is null ? SmsReach.UnverifiedNumber : SmsReach.VerifiedNumber;
        var (byEmail, bySms) = Domain.Common.ContactPreference.Channels(
            a.ContactPreference, a.Email.Length > 0, sms == SmsReach.VerifiedNumber);
        List<string> channels = [];
        if (byEmail) channels.Add(OutboxChannel.Email);
        if (bySms) channels.Add(OutboxChannel.Sms);
        return new(a.ContactPreference, channels, sms);
    }
}

/// <summary>Whether SMS notices can reach the applicant (<see cref="NoticeChannelsView.Sms"/>).</summary>
public static class SmsReach
{
    public const string VerifiedNumber = "verified-number";

    /// <summary>E-mail only until the number is verified.</summary>
    public const string UnverifiedNumber = "unverified-number";

    /// <summary>No SMS gateway is configured.</summary>
    public const string Unavailable = "unavailable";
}
