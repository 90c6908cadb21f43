using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Sms;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Sms;

namespace TalentHukou.Workflows.Tests.Notifications.Sms;

/// <summary>
/// Which notices go by SMS and what they carry: each rendered from the values its event really gives, within the
/// vendor's variable rules and one segment, with the surname greeting and never the full name; and the channels a
/// notice takes for each preference.
/// </summary>
public sealed class SmsNoticesTests
{
    private static readonly Dictionary<string, string> EventValues = new()
    {
        ["PublicityEndDate"] = "2026-12-31",
        ["CorrectionDueBy"] = "2026-03-12 17:30",
        ["Outcome"] = "Upheld",
        ["ApplicationId"] = "A20261206T010203S123ABCD",
    };

    public static TheoryData<NotificationKind, SmsNotice> Mapped() => new()
    {
        { NotificationKind.CardIssued, SmsNotice.CardIssued },
        { NotificationKind.PublicityStarted, SmsNotice.PublicityStarted },
        { NotificationKind.PublicityEnded, SmsNotice.PublicityPassed },
        { NotificationKind.ApplicationReturned, SmsNotice.ReturnedForCorrection },
        { NotificationKind.HrssReviewApproved, SmsNotice.Approved },
        { NotificationKind.HrssReviewRejected, SmsNotice.Rejected },
        { NotificationKind.UnitReviewRejected, SmsNotice.Rejected },
        { NotificationKind.ObjectionResolved, SmsNotice.Rejected },
        { NotificationKind.ApplicationWithdrawn, SmsNotice.WithdrawalConfirmed },
        { NotificationKind.TicketAnswered, SmsNotice.TicketAnswered },
        { NotificationKind.RegistryRequestApproved, SmsNotice.RegistryRequestDecided },
        { NotificationKind.RegistryRequestRejected, SmsNotice.RegistryRequestDecided },
    };

    [Theory]
    [MemberData(nameof(Mapped))]
    public void For_EveryMappedNotice_RendersWithinVendorRulesWithoutFullName(NotificationKind kind, SmsNotice expected)
    {
        var greeting = Masking.Salutation("欧阳明月", "female");

        var (notice, parameters) = SmsNotices.For(kind, EventValues, greeting)!.Value;

        Assert.Equal(expected, notice);
        var template = SmsTemplates.All[notice];
        Assert.Equal(template.Parameters.Length, parameters.Count);
        for (var i = 0; i < parameters.Count; i++)
        {
            Assert.Empty(SmsRules.ValueProblems(template.Parameters[i], parameters[i]));
        }
        var text = SmsTemplates.Render("广州人才入户", "https://rchk.gz.gov.cn", template.Text, parameters);
        Assert.InRange(SmsRules.Length(text), 1, SmsRules.SegmentLength);
        Assert.StartsWith("【广州人才入户】欧女士，", text, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳明月", text, StringComparison.Ordinal);
        Assert.DoesNotContain(EventValues["ApplicationId"], text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_DatesOfTheEvent_AsMonthAndDay()
    {
        Assert.Equal(
            ["张先生", "12月31日"],
            SmsNotices.For(NotificationKind.PublicityStarted, EventValues, "张先生")!.Value.Parameters);
        Assert.Equal(
            ["张先生", "3月12日"],
            SmsNotices.For(NotificationKind.ApplicationReturned, EventValues, "张先生")!.Value.Parameters);
    }

    [Theory]
    [InlineData(NotificationKind.ApplicationReceived)]
    [InlineData(NotificationKind.TicketReceived)]
    [InlineData(NotificationKind.RegistryRequestOverdue)]
    public void For_NoticeWithoutTemplate_None(NotificationKind kind) =>
        Assert.Null(SmsNotices.For(kind, EventValues, "张先生"));

    [Theory]
    [InlineData("both", "a@example.cn", "13900139000", true, true)]
    [InlineData("sms", "a@example.cn", "13900139000", false, true)]
    [InlineData("email", "a@example.cn", "13900139000", true, false)]
    [InlineData("sms", "a@example.cn", null, true, false)] // unverified number: e-mail only
    [InlineData("email", "", "13900139000", false, true)] // no e-mail: every SMS
    [InlineData("both", "", null, false, false)]
    public void Plan_PreferenceAddressAndNumber_Channels(
        string preference, string email, string? phone, bool byEmail, bool bySms)
    {
        var to = new ResolvedRecipient(email, "张三")
        {
            VerifiedPhone = phone,
            SmsGreeting = "张先生",
            Preference = preference,
        };

        var (emailPlanned, smsPlanned) =
            NotificationQueue.Plan(NotificationKind.CardIssued, EventValues, to, smsEnabled: true);

        Assert.Equal((byEmail, bySms), (emailPlanned, smsPlanned is not null));
    }

    [Fact]
    public void Plan_NoGatewayOrNoTemplate_EmailEvenWhenSmsPreferred()
    {
        var to = new ResolvedRecipient("a@example.cn", "张三")
        {
            VerifiedPhone = "13900139000",
            SmsGreeting = "张先生",
            Preference = "sms",
        };

        Assert.Equal(
            (true, false),
            Planned(NotificationQueue.Plan(NotificationKind.CardIssued, EventValues, to, smsEnabled: false)));
        Assert.Equal(
            (true, false),
            Planned(NotificationQueue.Plan(NotificationKind.ApplicationReceived, EventValues, to, smsEnabled: true)));
    }

    private static (bool, bool) Planned((bool Email, (SmsNotice, IReadOnlyList<string>)? Sms) plan) =>
        (plan.Email, plan.Sms is not null);
}
