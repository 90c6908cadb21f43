using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentHukou.Api.Tests.Ops;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TalentHukou.Api.Tests.ExampleWeb;

/// <summary>
/// The 出卡通知's link, taken from the e-mail the applicant actually received and opened in headless Chromium through
/// the example front end (clients/example-web): the page shows the application's stage and downloads its card.
/// </summary>
[Collection(SecondSharedHostCollection.Name)]
public sealed class EmailLinkBrowserTests(SharedHost shared, ITestOutputHelper output)
{
    private const string CardIssuedSubject = "出卡通知";

    [SkippableFact]
    public async Task CardIssuedEmailLink_InChromium_ShowsStageAndDownloadsTheCard()
    {
        Chromium.SkipUnlessInstalled();
        var host = shared.Host;
        var clock = Stopwatch.StartNew();
        await using var server = await ExampleWebServer.StartAsync(host.BaseAddress);
        output.WriteLine($"pages compiled and served after {clock.Elapsed.TotalSeconds:F1} s");
        var owner = "applicant-web-" + Guid.NewGuid().ToString("N")[..8];
        var address = $"web-{Guid.NewGuid():N}@example.cn";
        var idNumber = IdNumbers.New();
        var applicant = await host.ClientForAsync(owner, ["applicant"], idNumber: idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber, address);
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        await Json.PostOkAsync(applicant, $"applications/{id}/card/generate",
            new { consent = true, signedName = "李小龙" }, HttpStatusCode.Accepted);
        var link = CardLink(await CardIssuedMailAsync(address, id), id);
        output.WriteLine($"出卡通知 received after {clock.Elapsed.TotalSeconds:F1} s: {link}");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { AcceptDownloads = true });
        SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(server.PageFor(link).ToString());
        await page.FillAsync("#devSubject", owner);
        await page.ClickAsync("#signInButton");

        var stage = page.Locator("#stage");
        await Expect(stage).ToHaveAttributeAsync("data-stage", new Regex("^(card-issued|psb-synced)$"));
        await Expect(stage).ToHaveTextAsync(new Regex("^(已发卡|公安已同步)$"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#downloadCard"));
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(await applicant.GetByteArrayAsync($"applications/{id}/card"), pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Matches("^R\\d{13}\\.pdf$", download.SuggestedFilename);
        await Expect(page.Locator("#downloadStatus")).ToContainTextAsync(download.SuggestedFilename);
        var html = await page.ContentAsync();
        foreach (var secret in new[] { idNumber, "13800138000" })
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        output.WriteLine($"stage seen and card downloaded in Chromium after {clock.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<MimeKit.MimeMessage> CardIssuedMailAsync(string address, string applicationId)
    {
        var subject = $"{CardIssuedSubject}（{applicationId}）";
        bool Match(MimeKit.MimeMessage m) =>
            m.To.Mailboxes.Any(b => b.Address == address) && m.Subject?.Contains(subject, StringComparison.Ordinal) == true;
        await Eventually.TrueAsync(() => Task.FromResult(shared.Mail.Messages.Any(Match)), $"{subject} to {address}", 90);
        return shared.Mail.Messages.First(Match);
    }

    /// <summary>
    /// The card link in the mail's text, exactly as sent: on the default Frontend:BaseUrl, where run.sh serves the pages.
    /// </summary>
    private static Uri CardLink(MimeKit.MimeMessage mail, string applicationId)
    {
        var pattern = $@"https?://\S+/applications/{Regex.Escape(applicationId)}/card(?=\s|$)";
        var match = Regex.Match(mail.TextBody ?? "", pattern);
        Assert.True(match.Success, $"no card link in: {mail.TextBody}");
        var link = new Uri(match.Value);
        Assert.Equal("http://localhost:5173", link.GetLeftPart(UriPartial.Authority));
        return link;
    }
}
