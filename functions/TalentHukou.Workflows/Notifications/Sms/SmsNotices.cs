using System.Globalization;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Sms;

namespace TalentHukou.Workflows.Notifications.Sms;

/// <summary>
/// Which notices go by SMS and with which values: each maps to its approved template (<see cref="SmsTemplates"/>) with
/// positional values (the greeting, a date): never an id, a link or a full name. Notices not listed go by e-mail only
/// (receipts, reminders to staff, the reconciliation details that need the e-mail's explanation).
/// </summary>
public static class SmsNotices
{
    /// <summary>The SMS of <paramref name="kind"/> with <paramref name="values"/>, or null when it has none.</summary>
    public static (SmsNotice Notice, IReadOnlyList<string> Parameters)? For(
        NotificationKind kind, IReadOnlyDictionary<string, string> values, string greeting)
    {
        ArgumentNullException.ThrowIfNull(values);
        (SmsNotice, IReadOnlyList<string>) Greet(SmsNotice notice) => (notice, [greeting]);
        (SmsNotice, IReadOnlyList<string>)? WithDate(SmsNotice notice, string name) =>
            values.TryGetValue(name, out var text) && MonthDay(text) is { } date ? (notice, [greeting, date]) : null;
        return kind switch
        {
            NotificationKind.CardIssued => Greet(SmsNotice.CardIssued),
            NotificationKind.PublicityStarted => WithDate(SmsNotice.PublicityStarted, "PublicityEndDate"),
            NotificationKind.PublicityEnded => Greet(SmsNotice.PublicityPassed),
            NotificationKind.ApplicationReturned => WithDate(SmsNotice.ReturnedForCorrection, "CorrectionDueBy"),
            NotificationKind.HrssReviewApproved => Greet(SmsNotice.Approved),
            NotificationKind.HrssReviewRejected or NotificationKind.UnitReviewRejected => Greet(SmsNotice.Rejected),
            NotificationKind.ObjectionResolved when values.GetValueOrDefault("Outcome") == "Upheld" =>
                Greet(SmsNotice.Rejected),
            NotificationKind.ApplicationWithdrawn => Greet(SmsNotice.WithdrawalConfirmed),
            NotificationKind.TicketAnswered => Greet(SmsNotice.TicketAnswered),
            NotificationKind.RegistryRequestApproved or NotificationKind.RegistryRequestRejected =>
                Greet(SmsNotice.RegistryRequestDecided),
            _ => null,
        };
    }

    /// <summary>"2026-03-14" or "2026-03-14 17:30" as 3月14日; null when it is no date.</summary>
    public static string? MonthDay(string text) =>
        text is { Length: >= 10 }
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var date)
            ? $"{date.Month}月{date.Day}日" : null;
}
