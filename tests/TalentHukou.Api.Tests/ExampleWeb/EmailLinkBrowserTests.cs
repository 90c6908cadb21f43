using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentHukou.Api.Tests.Ops;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Notifications;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TalentHukou.Api.Tests.ExampleWeb;

/// <summary>
/// The 出卡通知's link, taken from the e-mail the applicant actually received and opened in headless Chromium through
/// the example front end (clients/example-web): the page shows the application's stage and downloads its card; then
/// the same person's ticket from its e-mail.
/// </summary>
[Collection(SecondSharedHostCollection.Name)]
public sealed class EmailLinkBrowserTests(SharedHost shared, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task EmailLinks_InChromium_ShowStageDownloadTheCardAndShowTheTicket()
    {
        Chromium.SkipUnlessInstalled();
        var clock = Stopwatch.StartNew();
        var owner = "applicant-web-" + Guid.NewGuid().ToString("N")[..8];
        var idNumber = IdNumbers.New();
        var applicant = await shared.Host.ClientForAsync(owner, ["applicant"], idNumber: idNumber);
        var serving = ExampleWebServer.StartAsync(shared.Host.BaseAddress); // compiles while the application runs
        var journey = CardAndTicketAsync(applicant, idNumber);
        try
        {
            await Task.WhenAll(serving, journey);
        }
        catch
        {
            if (serving.IsCompletedSuccessfully) await (await serving).DisposeAsync();
            throw;
        }
        await using var server = await serving;
        var (id, ticketId) = await journey;
        var (link, subject) = await LinkInMailAsync($"/applications/{id}/card");
        Assert.Contains($"出卡通知（{id}）", subject, StringComparison.Ordinal);
        output.WriteLine($"pages served and 出卡通知 received after {clock.Elapsed.TotalSeconds:F1} s: {link}");

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

        // The same person's ticket, from the e-mail saying it was received (受理): the tab is still signed in.
        var (ticketLink, _) = await LinkInMailAsync($"/support/tickets/{ticketId}");
        await page.GotoAsync(server.PageFor(ticketLink).ToString());
        await Expect(page.Locator("#ticketStatus")).ToHaveAttributeAsync("data-status", "open");
        await Expect(page.Locator("main")).ToContainTextAsync(Tickets.ValidFields().Description);
    }

    /// <summary>A smart application driven to its card, and a ticket filed by the same person.</summary>
    private static async Task<(string ApplicationId, string TicketId)> CardAndTicketAsync(
        HttpClient applicant, string idNumber)
    {
        var address = $"web-{Guid.NewGuid():N}@example.cn";
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber, address);
        var ticketId = (await Tickets.FileAsync(applicant)).Str("ticketId");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        await Json.PostOkAsync(applicant, $"applications/{id}/card/generate",
            new { consent = true, signedName = "李小龙" }, HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", HasDownloadableCard, 120);
        return (id, ticketId);

        static bool HasDownloadableCard(JsonElement application) =>
            application.GetProperty("card") is { ValueKind: JsonValueKind.Object } card
            && card.GetProperty("downloadable").GetBoolean();
    }

    /// <summary>
    /// The link to <paramref name="path"/> in the text of the first e-mail that has one, exactly as sent: on the
    /// default Frontend:BaseUrl, where run.sh serves the pages. Returns the e-mail's subject too.
    /// </summary>
    private async Task<(Uri Link, string Subject)> LinkInMailAsync(string path)
    {
        var pattern = new Regex($@"https?://\S+{Regex.Escape(path)}(?=\s|$)");
        MimeKit.MimeMessage? Find() => shared.Mail.Messages.FirstOrDefault(m => pattern.IsMatch(m.TextBody ?? ""));
        await Eventually.TrueAsync(() => Task.FromResult(Find() is not null), $"an e-mail linking to {path}", 60);
        var mail = Find()!;
        var link = new Uri(pattern.Match(mail.TextBody!).Value);
        Assert.Equal(FrontendLinks.LocalPlaceholder, link.GetLeftPart(UriPartial.Authority));
        return (link, mail.Subject ?? "");
    }
}
