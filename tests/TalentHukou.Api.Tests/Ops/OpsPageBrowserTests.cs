using System.Net;
using Microsoft.Playwright;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>
/// The ops console in headless Chromium, used the way an operator does: search an application by its id and read its
/// timeline, read the stage chart, filter instances and export them, run a bulk dry run, apply it, see it audited.
/// </summary>
public sealed class OpsPageBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task OpsConsole_InChromium_CaseTimelineChartsFilterExportAndBulk()
    {
        Chromium.SkipUnlessInstalled();
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "100000" });
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(host, idNumber);
        var applicationId = (await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber)).Id;
        var requestId = (await Json.PostOkAsync(
            applicant,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州浏览器示范有限公司" + Random.Shared.Next(1000, 9999)),
            HttpStatusCode.Accepted)).Str("requestId");
        var registry = "registry-" + requestId;
        var token = await host.TokenForAsync("ops-browser", ["ops"]);
        var ops = await host.ClientForAsync("ops-browser", ["ops"]);
        foreach (var instance in new[] { "application-" + applicationId, registry })
            await Eventually.GetJsonAsync(
                ops, $"ops/instances/{instance}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(
            new() { ViewportSize = new() { Width = 1400, Height = 1000 }, AcceptDownloads = true });
        SetDefaultExpectTimeout(60_000);
        await page.GotoAsync(new Uri(host.BaseAddress, "ops").ToString());
        await Expect(page.Locator("#error")).ToHaveTextAsync("Enter an ops token.");
        await page.FillAsync("#token", token);
        await page.ClickAsync("#save");

        // The case by its id: a timeline of readable, Chinese fields, no escaped JSON, nothing personal.
        await page.FillAsync("#q", applicationId);
        await page.ClickAsync("#search");
        await Expect(page.Locator("#caseHeader")).ToContainTextAsync(applicationId);
        await Expect(page.Locator("#timeline tr[data-layer='business']").First).ToContainTextAsync("人力资源和社会保障局");
        await Expect(page.Locator("#timeline tr[data-layer='durable']").First).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline tr[data-layer='notice']").First).ToContainTextAsync("a***@example.cn");
        var timeline = await page.Locator("#timeline").InnerTextAsync();
        Assert.DoesNotContain("\\u", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", timeline, StringComparison.Ordinal);
        await Screenshot(page, "ops-case-view.png", "#caseView");

        // The stage chart: one bar per stage, the submitted application counted under its stage.
        var stageBars = page.Locator("#stageChart g[data-label]");
        await Expect(stageBars.First).ToBeVisibleAsync();
        Assert.Contains("单位审核", await page.Locator("#stageChart").InnerTextAsync(), StringComparison.Ordinal);
        var counted = await page.Locator("#stageChart g[data-label]")
            .EvaluateAllAsync<int>("gs => gs.reduce((n, g) => n + Number(g.dataset.value), 0)");
        Assert.True(counted >= 1, $"stage chart counts {counted}");
        await Expect(page.Locator("#histogramChart rect[data-kind='started']:not([data-value='0'])").First)
            .ToBeVisibleAsync();
        await Screenshot(page, "ops-charts.png", ".charts");

        // Filter failed instances (the URL keeps the filter), then running registry reviews; export them as CSV.
        await page.SelectOptionAsync("#filters select[name='runtimeStatus']", "Failed");
        await page.ClickAsync("#filter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("runtimeStatus=Failed"));
        await Expect(page.Locator($"#instances tr[data-id='{registry}']")).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#filters select[name='runtimeStatus']", "Running");
        await page.FillAsync("#filters input[name='name']", "RegistryReviewOrchestrator");
        await page.ClickAsync("#filter");
        await Expect(page.Locator($"#instances tr[data-id='{registry}']")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Expect(page.Locator("#filters select[name='runtimeStatus']")).ToHaveValueAsync("Failed");
        await page.GoForwardAsync();
        await Expect(page.Locator($"#instances tr[data-id='{registry}']")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#exportCsv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("instanceId,name,runtimeStatus", csv, StringComparison.Ordinal);
        Assert.Contains(registry + ",RegistryReviewOrchestrator,Running", csv, StringComparison.Ordinal);

        // Bulk: a dry run over the filtered set, then apply it; the audit shows it.
        await page.SelectOptionAsync("#bulkAction", "resume");
        await page.FillAsync("#bulkReason", "浏览器批量恢复");
        await page.ClickAsync("#dryRun");
        await Expect(page.Locator("#bulkEffects")).ToContainTextAsync(registry);
        await Expect(page.Locator("#bulkSummary")).ToContainTextAsync("个实例");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("#apply");
        await Expect(page.Locator("#bulkSummary")).ToContainTextAsync("完成 done");
        await Expect(page.Locator("#audit")).ToContainTextAsync("ops.resume");
        await Expect(page.Locator("#audit tr", new() { HasText = registry })).Not.ToHaveCountAsync(0);

        var html = await page.ContentAsync();
        foreach (var secret in new[] { idNumber, "13800138000", "李小龙", "applicant@example.cn" })
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
    }

    private async Task Screenshot(IPage page, string name, string selector)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.Locator(selector).ScreenshotAsync(new() { Path = path });
        output.WriteLine($"Screenshot: {path}");
    }
}
