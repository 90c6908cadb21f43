using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public class WithdrawalTests(JourneyHost fixture)
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Withdraw_AtHrssReview_ClosesEmailsAndTheSamePersonReappliesAtOnce()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (first, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        await Eventually.GetJsonAsync(applicant, $"applications/{first}", a => a.Str("dueBy") != "");
        var stranger = await ApplicationFlows.ApplicantAsync(Host);
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsJsonAsync($"applications/{first}/withdraw", new { }),
            HttpStatusCode.NotFound,
            "application-not-found");

        var withdrawn = await Json.PostOkAsync(
            applicant, $"applications/{first}/withdraw", new { reason = "工作单位变动，暂不申请" }, HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.Str("stage"));
        Assert.Equal("工作单位变动，暂不申请", withdrawn.Str("reason"));
        Assert.Contains(withdrawn.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "withdrawn");
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"application/{first}/withdrawn") is not null,
            "the withdrawal e-mail is queued");

        var (second, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        Assert.Equal("hrss-review", accepted.Str("stage"));
        var view = await applicant.GetFromJsonAsync<System.Text.Json.JsonElement>($"applications/{second}");
        Assert.Equal(first, view.Str("previousApplicationId"));
        Assert.Equal(
            "withdrawn",
            (await applicant.GetFromJsonAsync<System.Text.Json.JsonElement>($"applications/{first}")).Str("stage"));
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync($"applications/{first}/withdraw", new { }),
            HttpStatusCode.Conflict,
            "wrong-stage");
    }

    [Fact]
    public async Task ForgedRawWithdrawal_ThroughDurableClient_IgnoredTheApplicantsOwnActs()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("dueBy") != "");

        // The old payload shape, and a well-formed decision id that no decision row holds: neither withdraws.
        await Host.Durable.RaiseEventAsync($"application-{id}", "withdraw", new { By = "forger", Reason = "伪造撤回" });
        await Host.Durable.RaiseEventAsync($"application-{id}", "withdraw", "DC20260101T000000S000ABCD");
        await Eventually.TrueAsync(
            () => Task.FromResult(Host.Logs.Entries.Count(
                e => e.EventId == 3201 && e.Properties.Any(p => Equals(p.Value, id))) >= 2),
            "both forged signals to be ignored");
        Assert.Equal(
            "hrss-review",
            (await applicant.GetFromJsonAsync<System.Text.Json.JsonElement>($"applications/{id}")).Str("stage"));

        var withdrawn = await Json.PostOkAsync(
            applicant, $"applications/{id}/withdraw", new { reason = "个人原因" }, HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.Str("stage"));
        Assert.Equal("个人原因", withdrawn.Str("reason"));
    }

    [Fact]
    public async Task Reapply_AfterRejection_LinksToTheRejectedApplication()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (first, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await Eventually.TrueAsync(async () => (await reviewer.PostAsJsonAsync($"applications/{first}/review",
            new { approve = false, reason = "学历信息不符" })).StatusCode == HttpStatusCode.Accepted, "the review is taken");
        await ApplicationFlows.AtStageAsync(applicant, first, "rejected");

        var (second, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        Assert.Equal(
            first,
            (await applicant.GetFromJsonAsync<System.Text.Json.JsonElement>($"applications/{second}"))
                .Str("previousApplicationId"));
    }

    [Fact]
    public async Task Withdraw_InPublicity_UnlistsTheRosterEntry()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await Eventually.GetJsonAsync(
            applicant,
            $"applications/{id}",
            a => a.GetProperty("publicity").ValueKind == System.Text.Json.JsonValueKind.Object);
        var rosterId = await fixture.RosterIdOfAsync(id);

        var response = await applicant.PostAsync($"applications/{id}/withdraw", null);
        // 200 with the withdrawn application when its process closes it in time; 202 when that takes longer (busy
        // host).
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Equal("withdrawn", (await Json.ReadAsync(response)).Str("stage"));
        await ApplicationFlows.AtStageAsync(applicant, id, "withdrawn");
        // The roster is a read model written right after the record: it follows within moments.
        await Eventually.TrueAsync(
            async () => !(await Host.Anonymous.GetStringAsync("publicity?pageSize=100"))
                .Contains(rosterId, StringComparison.Ordinal),
            "the withdrawn application leaves the roster");
    }

    [Fact]
    public async Task Withdraw_AfterTheCardSagaStarted_Refused()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);
        await Json.PostOkAsync(
            applicant,
            $"applications/{id}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(applicant, $"applications/{id}",
            a => a.Str("stage") is "card-issuing" or "card-issued" or "psb-synced" or "psb-reconciliation", 60);

        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync($"applications/{id}/withdraw", new { }),
            HttpStatusCode.Conflict,
            "wrong-stage");
        Assert.NotEqual("withdrawn", problem.Str("currentStage"));
        var final = await Eventually.GetJsonAsync(
            applicant, $"applications/{id}", a => a.Str("stage") is "card-issued" or "psb-synced", 90);
        Assert.DoesNotContain(final.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "withdrawn");
    }
}
