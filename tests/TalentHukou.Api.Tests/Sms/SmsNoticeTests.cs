using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Security;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Testing.Sms;
using TalentHukou.Workflows.Notifications.Verification;

namespace TalentHukou.Api.Tests.Sms;

/// <summary>
/// Notices by SMS end to end on the local host, through the real Tencent client to the local gateway over HTTP:
/// the card-issued SMS (出卡通知) reaches the gateway's inbox within seconds and shows delivered on the timeline;
/// phone verification (wrong code, expired code, confirmed); an unverified number gets e-mail only; a notice that
/// fails for good on one channel goes out on the other; no SMS, log or orchestration state holds a number, a full
/// name or an ID number.
/// </summary>
public sealed class SmsNoticeTests(SmsHostFixture sms) : IClassFixture<SmsHostFixture>
{
    private LocalHostUnderTest Host => sms.Host;

    [Fact]
    public async Task CardIssued_VerifiedNumber_SmsInGatewayWithinSecondsAndDeliveredOnTimeline()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var app = await CardSagaDriver.SeedAsync(Host, "sms-card-" + Guid.NewGuid().ToString("N")[..8], name: "陈思远");
        await sms.VerifyApplicantAsync(app.ApplicationId, phone, "", "sms");
        var clock = Stopwatch.StartNew();

        await CardSagaDriver.StartAsync(Host, app.ApplicationId);
        var text = Assert.Single(await sms.Gateway.TextsToAsync(phone));
        var arrivedAfter = clock.Elapsed;

        Assert.True(arrivedAfter < TimeSpan.FromSeconds(15), $"the card-issued SMS took {arrivedAfter}");
        Assert.Equal("【广州人才入户】陈先生，您的入户人员信息卡已出卡，请登录引进在职人才入户系统下载：http://localhost:5173", text.Text);
        Assert.DoesNotContain("陈思远", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.IdNumber, text.Text, StringComparison.OrdinalIgnoreCase);
        var owner = await Host.ClientForAsync(app.Owner, ["applicant"]);
        var view = await Eventually.GetJsonAsync(owner, $"applications/{app.ApplicationId}",
            a => Notices(a).Any(n => n.Str("note") == "CardIssued" && n.Str("status") == "delivered"), 20);
        var notice = Assert.Single(Notices(view));
        Assert.Equal(("sms", Domain.Privacy.Masking.Phone(phone)), (notice.Str("channel"), notice.Str("to")));
        Assert.DoesNotContain(phone, view.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            ["sms"],
            view.GetProperty("notices").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        var ops = await Host.ClientForAsync("sms-ops", ["ops"]);
        var channels = (await ops.GetFromJsonAsync<JsonElement>("ops/metrics")).GetProperty("outboxChannels");
        Assert.True(channels.GetProperty("sms").GetProperty("finished").GetInt32() >= 1);
    }

    [Fact]
    public async Task Verification_WrongThenRightCode_ConfirmedAndSubmissionWithoutEmailGetsSms()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, code) = await PhoneVerificationFlows.StartAsync(applicant, sms.Gateway, phone);
        var wrong = code == "000000" ? "000001" : "000000";

        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync($"contact-verifications/{id}/confirm", new { code = wrong }),
            HttpStatusCode.UnprocessableEntity, "verification-code-wrong");
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync($"contact-verifications/{id}/confirm", new { code }),
            HttpStatusCode.NotFound, "verification-not-found");
        var confirmed = await Json.PostOkAsync(
            applicant, $"contact-verifications/{id}/confirm", new { code }, HttpStatusCode.OK);
        Assert.True(confirmed.GetProperty("verified").GetBoolean());

        var body = await SubmissionAsync(applicant, phone, email: null, preference: "sms", verificationId: id);
        var appId = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");
        var view = await Eventually.GetJsonAsync(applicant, $"applications/{appId}",
            a => Notices(a).Any(n => n.Str("note") == "PublicityStarted"), 60);
        Assert.Equal("verified-number", view.GetProperty("notices").Str("sms"));
        Assert.All(Notices(view), n => Assert.Equal("sms", n.Str("channel")));
        var unverified = await SubmissionAsync(stranger, phone, email: null, preference: "sms", verificationId: id);
        await ProblemAssert.IsProblemAsync(await stranger.PostAsJsonAsync("applications", unverified),
            HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task Verification_CodeAfterItsLifetime_Expired()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var later = new ShiftableTimeProvider();
        var verifications = ActivatorUtilities.CreateInstance<PhoneVerifications>(Host.Services, (TimeProvider)later);
        var number = Domain.Identity.MobilePhone.Parse(phone).Value!;
        var id = await verifications.StartAsync("sms-expiry", number, Host.Durable, CancellationToken.None);
        var code = PhoneVerificationFlows.CodeIn(Assert.Single(await sms.Gateway.TextsToAsync(phone)).Text);

        later.Advance(PhoneVerificationOptions.PromisedLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(
            PhoneConfirmation.Expired,
            await verifications.ConfirmAsync("sms-expiry", id, code, CancellationToken.None));
        Assert.False(await verifications.IsConfirmedAsync("sms-expiry", id, number, CancellationToken.None));
    }

    [Fact]
    public async Task Submission_UnverifiedNumber_EmailOnlyAndStatusSaysSo()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var body = await SubmissionAsync(applicant, phone, $"unverified-{Guid.NewGuid():N}@example.cn", "both", null);

        var appId = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");
        var view = await Eventually.GetJsonAsync(applicant, $"applications/{appId}",
            a => Notices(a).Any(n => n.Str("note") == "PublicityStarted"), 60);

        Assert.Equal(
            ("unverified-number", "email"),
            (view.GetProperty("notices").Str("sms"),
                view.GetProperty("notices").GetProperty("channels")[0].GetString()));
        Assert.All(Notices(view), n => Assert.Equal("email", n.Str("channel")));
        Assert.Empty(await sms.Gateway.TextsToAsync(phone, seconds: 0));
    }

    [Fact]
    public async Task EmailRefusedForGood_PreferenceEmail_NoticeGoesBySms()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var app = await CardSagaDriver.SeedAsync(Host, "sms-fallback-" + Guid.NewGuid().ToString("N")[..8]);
        await sms.VerifyApplicantAsync(app.ApplicationId, phone, SmtpCatcher.RefusedRecipient, "email");

        await CardSagaDriver.StartAsync(Host, app.ApplicationId);

        var text = Assert.Single(await sms.Gateway.TextsToAsync(phone)).Text;
        Assert.Contains("入户人员信息卡已出卡", text, StringComparison.Ordinal);
        var owner = await Host.ClientForAsync(app.Owner, ["applicant"]);
        await Eventually.GetJsonAsync(owner, $"applications/{app.ApplicationId}", a =>
            Notices(a).Any(n => n.Str("channel") == "email" && n.Str("status") == "failed")
            && Notices(a).Any(n => n.Str("channel") == "sms" && n.Str("status") == "delivered"), 20);
    }

    [Fact]
    public async Task SmsFailedForGood_PreferenceSms_NoticeGoesByEmail()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var email = $"sms-invalid-{Guid.NewGuid():N}@example.cn";
        await sms.Gateway.SetFaultsAsync(new SmsGateway.Faults(InvalidNumbers: [phone]));
        var app = await CardSagaDriver.SeedAsync(Host, "sms-invalid-" + Guid.NewGuid().ToString("N")[..8]);
        await sms.VerifyApplicantAsync(app.ApplicationId, phone, email, "sms");

        await CardSagaDriver.StartAsync(Host, app.ApplicationId);

        await Eventually.TrueAsync(
            () => Task.FromResult(sms.Mail.Messages.Any(m => m.To.ToString().Contains(email, StringComparison.Ordinal)
                && m.Subject!.Contains("出卡通知", StringComparison.Ordinal))),
            "the card-issued e-mail after the SMS failed",
            20);
        Assert.Empty(await sms.Gateway.TextsToAsync(phone, seconds: 0));
        await sms.Gateway.SetFaultsAsync(new SmsGateway.Faults());
    }

    /// <summary>Issue #23 item 8: the personal-data scan over an SMS run (texts, logs, raw orchestration
    /// state).</summary>
    [Fact]
    public async Task SmsRun_TextsLogsAndOrchestrationState_HoldNoNumberFullNameOrIdNumber()
    {
        var phone = LocalSmsGatewayUnderTest.NewPhone();
        var app = await CardSagaDriver.SeedAsync(Host, "sms-scan-" + Guid.NewGuid().ToString("N")[..8], name: "欧阳明月");
        await sms.VerifyApplicantAsync(app.ApplicationId, phone, "", "sms");
        await CardSagaDriver.RunAsync(Host, app.ApplicationId);
        var text = Assert.Single(await sms.Gateway.TextsToAsync(phone)).Text;

        Assert.DoesNotContain("欧阳明月", text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.IdNumber, text, StringComparison.OrdinalIgnoreCase);
        var state = await PersonalDataScanTests.RawOrchestrationStateAsync(Host);
        var seen = state.Select(s => s.Text).Concat(Host.Logs.Lines).ToList();
        Assert.True(seen.Count > 10, "the scan must cover the logs and several instances");
        foreach (var secret in new[] { phone, "欧阳明月", app.IdNumber })
            Assert.DoesNotContain(seen, s => s.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private static List<JsonElement> Notices(JsonElement application) =>
        [.. application.GetProperty("timeline").EnumerateArray().Where(t => t.Str("event") == "notice")];

    private static async Task<object> SubmissionAsync(
        HttpClient applicant, string phone, string? email, string preference, string? verificationId)
    {
        var (schoolId, majorId) = await ApplicationFlows.ComputerScienceAtSysuAsync(applicant);
        return new
        {
            applicant = new
            {
                name = "李小龙",
                idNumber = VerifiedIdentities.Of(applicant) ?? IdNumbers.New(),
                phone,
                email,
            },
            employerId = "E-DEMO-TECH",
            education = new
            {
                schoolId,
                majorId,
                degree = "bachelor",
                graduationDate = "2018-07-01",
                certificateNo = "105581201805001234",
            },
            approvalMode = "smart",
            contactPreference = preference,
            phoneVerificationId = verificationId,
        };
    }
}
