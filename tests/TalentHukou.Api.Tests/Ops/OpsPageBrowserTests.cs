using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentHukou.Api.Tests.Applications;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>The ops page in headless Chromium, used the way an operator does: paste a token, filter, open an instance.</summary>
public sealed class OpsPageBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task OpsPage_InChromium_ListsFiltersOpensInstanceAndShowsMetrics()
    {
        Chromium.SkipUnlessInstalled();
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "100000" });
        var idNumbers = new[] { IdNumbers.New(), IdNumbers.New() };
        var applications = new List<string>();
        foreach (var idNumber in idNumbers)
        {
            var person = await ApplicationFlows.ApplicantAsync(host, idNumber);
            applications.Add("application-" + (await ApplicationFlows.SubmitAsync(person, "E-DEMO-TECH", "smart", idNumber)).Id);
        }
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var requestId = (await Json.PostOkAsync(applicant, "registry/employer-requests", EmployerRegistryTests.NewEmployer("广州浏览器示范有限公司" + Random.Shared.Next(1000, 9999)), HttpStatusCode.Accepted)).Str("requestId");
        var registry = "registry-" + requestId;
        var token = await host.TokenForAsync("ops-browser", ["ops"]);
        var ops = await host.ClientForAsync("ops-browser", ["ops"]);
        foreach (var instance in applications.Append(registry))
            await Eventually.GetJsonAsync(ops, $"ops/instances/{instance}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        SetDefaultExpectTimeout(60_000); // the page polls the API, which shares Azurite with the rest of the suite
        await page.GotoAsync(new Uri(host.BaseAddress, "ops").ToString());
        await Expect(page.Locator("#error")).ToHaveTextAsync("Enter an ops token.");
        await page.FillAsync("#token", token);
        await page.ClickAsync("#save");

        foreach (var instance in applications.Append(registry))
            await Expect(Row(page, instance)).ToBeVisibleAsync();
        await Expect(page.Locator("#metrics")).ToContainTextAsync("applicationsByStage");
        await Expect(page.Locator("#metrics")).ToContainTextAsync("emailOutbox");

        await page.FillAsync("#name", "RegistryReviewOrchestrator");
        await page.ClickAsync("#filter");
        await Expect(Row(page, applications[0])).ToHaveCountAsync(0);
        await Expect(Row(page, registry)).ToBeVisibleAsync();
        await Expect(page.Locator("#instances tr td:nth-child(2)")).ToHaveTextAsync(new Regex("^RegistryReviewOrchestrator$"));

        await page.FillAsync("#name", "ApplicationOrchestrator");
        await page.SelectOptionAsync("#status", "Completed");
        await page.ClickAsync("#filter");
        await Expect(Row(page, applications[0])).ToHaveCountAsync(0);
        await page.SelectOptionAsync("#status", "Running");
        await page.ClickAsync("#filter");
        await Expect(Row(page, registry)).ToHaveCountAsync(0);
        foreach (var instance in applications)
            await Expect(Row(page, instance)).ToBeVisibleAsync();

        await Row(page, applications[0]).ClickAsync();
        await Expect(page.Locator("#selected")).ToHaveTextAsync(applications[0]);
        await Expect(page.Locator("#controls")).ToBeVisibleAsync();
        await Expect(page.Locator("#detail")).ToContainTextAsync("\"history\"");
        await Expect(page.Locator("#detail")).ToContainTextAsync("ExecutionStarted");
        await Expect(page.Locator("#detail")).ToContainTextAsync(applications[0]["application-".Length..]);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "ops-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the ops page: {screenshot}");

        var html = await page.ContentAsync();
        foreach (var secret in idNumbers.Append("13800138000"))
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
    }

    private static ILocator Row(IPage page, string instanceId) => page.Locator($"#instances tr[data-id='{instanceId}']");
}
