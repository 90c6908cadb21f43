using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using static Microsoft.Playwright.Assertions;

namespace TalentHukou.Api.Tests.Ops.SignIn;

/// <summary>
/// The ops page in headless Chromium outside the dev-token path: it signs the operator in with authorization code +
/// PKCE against a real (small) authorization server, then runs a per-case control with a reason and finds it audited.
/// </summary>
public sealed class OpsConsoleSignInBrowserTests(OpsConsoleSignInFixture fixture)
    : IClassFixture<OpsConsoleSignInFixture>
{
    private LocalHostUnderTest Host => fixture.Host;

    private string PageUrl => new Uri(Host.BaseAddress, "ops").ToString();

    /// <summary>RFC 7636 Appendix B: the page's own S256 code challenge of the example verifier.</summary>
    [SkippableFact]
    public async Task PkceChallenge_Rfc7636AppendixB_MatchesTheExample()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(PageUrl);
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        Assert.Equal(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            await page.EvaluateAsync<string>($"pkceChallenge('{verifier}')"));
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", TestAuthorizationServer.S256(verifier));
    }

    [SkippableFact]
    public async Task SignIn_ForgedState_RefusedWithoutATokenRequest()
    {
        var page = await NewPageAsync();
        var before = fixture.Authority.TokenRequests.Count;
        await page.GotoAsync(PageUrl + "?code=stolen&state=forged");
        await Expect(page.Locator("#error")).ToContainTextAsync("state is not this tab's");
        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Authority.TokenRequests.Count);
    }

    [SkippableFact]
    public async Task SignIn_PkceThenFailedCase_OnlyAllowedControlsOfferedRestartWithReasonAudited()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var process = "application-" + id;
        var ops = await Host.ClientForAsync("ops-sign-in-setup", ["ops"]);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        // Signals that are no decision id, past what one wait ignores: the process fails, the case stays open.
        for (var i = 0; i <= Workflows.Decisions.DecisionSignals.MaxIgnored + 10; i++)
            await Host.Durable.RaiseEventAsync(process, Workflows.Applications.ApplicationEvents.HrssReview, i);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Failed", 60);

        // Sign in: to the authority and back; the filters in the address survive, the code does not stay in it.
        var page = await NewPageAsync();
        await page.GotoAsync(PageUrl + "?runtimeStatus=Failed");
        await Expect(page.Locator("#tokenLabel")).ToBeVisibleAsync(); // Development: the dev token still serves
        await page.ClickAsync("#signIn");
        await Expect(page.Locator("#who")).ToContainTextAsync("ops.operator@example.cn");
        Assert.Equal(["issued"], fixture.Authority.TokenRequests.Where(r => r == "issued").Distinct());
        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(new Regex("runtimeStatus=Failed"));
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('opsSignIn')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        await Expect(page.Locator($"#instances tr[data-id='{process}']")).ToBeVisibleAsync();

        // The failed case offers exactly what its rules allow: restart and terminate of its process.
        await page.FillAsync("#q", id);
        await page.ClickAsync("#search");
        var controls = page.Locator("#caseControls button");
        await Expect(controls).ToHaveCountAsync(2);
        var offered = await controls.EvaluateAllAsync<string[]>(
            "bs => bs.map(b => b.dataset.action + ' ' + b.dataset.instance)");
        Assert.Equal([$"restart {process}", $"terminate {process}"], offered.Order());

        // Restart: the effect is shown first; without a reason and a confirmation nothing runs.
        await page.ClickAsync("#caseControls button[data-action='restart']");
        await Expect(page.Locator("#controlEffect")).ToContainTextAsync("从已保存的记录在当前阶段继续");
        await page.ClickAsync("#controlRun");
        await Expect(page.Locator("#controlDialog")).ToBeVisibleAsync();
        await page.FillAsync("#controlReason", "浏览器测试：流程失败后重启");
        await page.CheckAsync("#controlConfirm");
        await page.ClickAsync("#controlRun");
        await Expect(page.Locator("#controlResult")).ToContainTextAsync("已执行");
        var audited = page.Locator("#audit tr", new() { HasText = "ops.restart" });
        await Expect(audited.First).ToContainTextAsync("reason: 浏览器测试：流程失败后重启");
        await Expect(audited.First).ToContainTextAsync(OpsConsoleSignInFixture.Operator);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
    }

    private async Task<IPage> NewPageAsync()
    {
        Chromium.SkipUnlessInstalled();
        SetDefaultExpectTimeout(60_000);
        var context = await fixture.Browser!.NewContextAsync(
            new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        return await context.NewPageAsync();
    }
}
