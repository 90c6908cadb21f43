using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using TalentHukou.Api.Tests.Applications;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Notifications;

/// <summary>
/// What reaches people's inboxes (the shared host's SMTP server) over whole processes, in order and in Chinese.
/// </summary>
[Collection(SecondSharedHostCollection.Name)]
public class ApplicantMailTests(SharedHost shared)
{
    private const string Brand = "【广州引进在职人才入户】";

    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task SmartPath_SubmissionToCard_SixEmailsInOrderInChinese()
    {
        var address = Unique("smart");
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber, address);
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        await MailsToAsync(address, 5); // the applicant signs once told the card can be generated
        await Json.PostOkAsync(
            applicant,
            $"applications/{id}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced");

        var mails = await MailsToAsync(address, 6);

        Assert.Equal(
            [$"申请已提交（{id}）", $"申请已转区人社局审核（{id}）", $"公示开始（{id}）", $"公示结束（{id}）", $"可生成入户人员信息卡（{id}）", $"出卡通知（{id}）"],
            mails.Select(m => m.Subject!.Replace(Brand, "", StringComparison.Ordinal)));
        Assert.All(mails, m => Assert.StartsWith(Brand, m.Subject, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains("李小龙，您好：", m.TextBody, StringComparison.Ordinal));
        Assert.Contains("天河区人力资源和社会保障局", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5173/applications/{id}/card", mails[5].TextBody, StringComparison.Ordinal);
        Assert.Contains("<html", mails[5].HtmlBody, StringComparison.OrdinalIgnoreCase);
        // The applicant's own ID number and phone (ApplicationFlows submits 13800138000), in clear nowhere.
        Assert.All(
            mails,
            m => Assert.DoesNotContain(idNumber, m.TextBody + m.HtmlBody, StringComparison.OrdinalIgnoreCase));
        Assert.All(mails, m => Assert.DoesNotContain("13800138000", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
        // The status read shows each notice as sent, in the order queued (summaries written with the record's steps).
        string[] kinds = [];
        await Eventually.TrueAsync(async () =>
        {
            var notices = (await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}"))
                .GetProperty("timeline").EnumerateArray().Where(t => t.Str("event") == "notice").ToList();
            kinds = [.. notices.Where(n => n.Str("status") == "sent").Select(n => n.Str("note")!)];
            return kinds.Length == 6;
        }, "six notices shown as sent");
        Assert.Equal(
            ["ApplicationReceived", "ApplicationRouted", "PublicityStarted", "PublicityEnded", "CardReadyToGenerate",
                "CardIssued"],
            kinds);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate would have arrived by now
        Assert.Equal(6, Inbox(address).Count);
    }

    [Fact]
    public async Task EmployerRequest_OverdueThenApproved_AdminsEscalatedAndRequesterToldAtTokenAddress()
    {
        var address = Unique("registry");
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"], email: address);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var accepted = await Json.PostOkAsync(applicant, "registry/employer-requests",
            EmployerRegistryTests.NewEmployer($"广州邮件通知测试有限公司{Guid.NewGuid():N}"[..24]), HttpStatusCode.Accepted);
        var requestId = accepted.Str("requestId");
        await Eventually.GetJsonAsync(
            applicant, $"registry/requests/{requestId}", p => p.GetProperty("overdue").GetBoolean());
        await Json.PostOkAsync(
            admin,
            $"registry/requests/{requestId}/decision",
            new { approve = true, reason = "核实无误" },
            HttpStatusCode.OK);

        var told = Assert.Single(await MailsToAsync(address, 1));
        Assert.Equal($"{Brand}申请已审批通过（{requestId}）", told.Subject);
        Assert.Contains($"您提交的新增/修改单位信息申请（编号：{requestId}）已审批通过。", told.TextBody, StringComparison.Ordinal);
        var escalated = await MailAsync(m => m.Subject == $"{Brand}待审批申请已超期（{requestId}）");
        Assert.Equal("hrssgz@gz.gov.cn", escalated.To.Mailboxes.Single().Address);
        Assert.Contains("1个工作日", escalated.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmployerRequest_RejectedWithContactEmail_RequesterToldTheReason()
    {
        var address = Unique("rejected");
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"], email: Unique("token"));
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var body = EmployerRegistryTests.NewEmployer($"广州驳回通知测试有限公司{Guid.NewGuid():N}"[..24], contactEmail: address);
        var requestId = (await Json.PostOkAsync(
            applicant, "registry/employer-requests", body, HttpStatusCode.Accepted)).Str("requestId");
        await Json.PostOkAsync(
            admin,
            $"registry/requests/{requestId}/decision",
            new { approve = false, reason = "营业执照信息不一致" },
            HttpStatusCode.OK);

        var told = Assert.Single(await MailsToAsync(address, 1));
        Assert.Equal($"{Brand}申请未通过审批（{requestId}）", told.Subject);
        Assert.Contains("原因：营业执照信息不一致", told.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmployerRequest_InvalidContactEmail_400NamingTheField()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"]);
        var body = EmployerRegistryTests.NewEmployer(
            $"广州无效邮箱测试有限公司{Guid.NewGuid():N}"[..24], contactEmail: "not-an-address");

        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("registry/employer-requests", body),
            HttpStatusCode.BadRequest,
            "validation-failed");

        Assert.True(problem.GetProperty("errors").TryGetProperty("contactEmail", out _));
    }

    private static string Unique(string what) => $"{what}-{Guid.NewGuid():N}@example.cn";

    private List<MimeMessage> Inbox(string address) =>
        shared.Mail.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    /// <summary>
    /// The mail to <paramref name="address"/> in arrival order, once at least <paramref name="count"/> arrived.
    /// </summary>
    private async Task<List<MimeMessage>> MailsToAsync(string address, int count)
    {
        await Eventually.TrueAsync(
            () => Task.FromResult(Inbox(address).Count >= count),
            $"{count} emails to {address}; got: {string.Join(" | ", Inbox(address).Select(m => m.Subject))}",
            60);
        return Inbox(address);
    }

    private async Task<MimeMessage> MailAsync(Func<MimeMessage, bool> match)
    {
        await Eventually.TrueAsync(() => Task.FromResult(shared.Mail.Messages.Any(match)), "the expected email", 60);
        return shared.Mail.Messages.First(match);
    }
}
