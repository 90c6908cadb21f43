using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>Issue #27: no ops control reopens a closed case or issues a second card (contract v1.2).</summary>
[Collection(ThirdSharedHostCollection.Name)]
public class OpsCaseControlTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Restart_RejectedApplication_409StaysRejectedAndAudited()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await Eventually.TrueAsync(
            async () => (await reviewer.PostAsJsonAsync(
                $"applications/{id}/review", new { approve = false, reason = "学历信息不符" }))
                .StatusCode == HttpStatusCode.Accepted,
            "the review is taken");
        var rejected = await ApplicationFlows.AtStageAsync(applicant, id, "rejected");
        var ops = await OpsAsync();
        await CompletedAsync(ops, $"application-{id}");

        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/application-{id}/restart"),
            HttpStatusCode.Conflict,
            "conflict");

        await AssertUnchangedAsync(applicant, id, rejected);
        await AssertAuditedAsync(ops, $"application-{id}", "ops.restart", "refused");
    }

    [Fact]
    public async Task Restart_WithdrawnAfterTheSecondApplicationGotItsCard_409AndOneCardOnly()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (withdrawn, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber);
        await ApplicationFlows.AtStageAsync(applicant, withdrawn, "awaiting-card");
        // Set-up, not the subject (WithdrawalTests is): 202 when the process closes the case later (a busy host).
        var withdrawal = await applicant.PostAsJsonAsync($"applications/{withdrawn}/withdraw", new { reason = "个人原因" });
        Assert.Contains(withdrawal.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        await ApplicationFlows.AtStageAsync(applicant, withdrawn, "withdrawn");
        var (carded, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber);
        await ApplicationFlows.AtStageAsync(applicant, carded, "awaiting-card");
        await Json.PostOkAsync(
            applicant,
            $"applications/{carded}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);
        var synced = await ApplicationFlows.AtStageAsync(applicant, carded, "psb-synced", 120);
        var ops = await OpsAsync();
        await CompletedAsync(ops, $"application-{withdrawn}");
        var before = await applicant.GetFromJsonAsync<JsonElement>($"applications/{withdrawn}");

        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/application-{withdrawn}/restart"),
            HttpStatusCode.Conflict,
            "conflict");
        var signed = await applicant.PostAsJsonAsync(
            $"applications/{withdrawn}/card/generate", new { consent = true, signedName = "李小龙" });
        Assert.Equal(HttpStatusCode.Conflict, signed.StatusCode);

        Assert.False(before.TryGetProperty("card", out var card) && card.ValueKind == JsonValueKind.Object);
        await AssertAuditedAsync(ops, $"application-{withdrawn}", "ops.restart", "refused");

        // The psb-synced one: a restart is refused too, and its card saga cannot be cut off.
        await CompletedAsync(ops, $"application-{carded}");
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/application-{carded}/restart"),
            HttpStatusCode.Conflict,
            "conflict");
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/card-{carded}-1/terminate"),
            HttpStatusCode.Conflict,
            "conflict");
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/card-{carded}-1/restart"),
            HttpStatusCode.Conflict,
            "conflict");
        // Both checked after one wait: the withdrawn one's restart was refused longer ago still.
        await Task.WhenAll(
            AssertUnchangedAsync(applicant, withdrawn, before), AssertUnchangedAsync(applicant, carded, synced));
    }

    [Fact]
    public async Task Terminate_OpenApplication_ClosedByOpsLockReleasedApplicantToldAudited()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("dueBy") != "");
        var ops = await OpsAsync();
        await ProblemAssert.IsProblemAsync(
            await OpsControls.DeleteAsync(ops, $"ops/instances/application-{id}"), HttpStatusCode.Conflict, "conflict");

        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/instances/application-{id}/terminate")).StatusCode);

        var closed = await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}");
        Assert.Equal(("closed", "closed-by-ops"), (closed.Str("stage"), closed.Str("reason")));
        await Eventually.TrueAsync(
            async () => await Host.OutboxAsync($"application/{id}/closed-by-ops") is not null, "the applicant is told");
        await AssertAuditedAsync(ops, $"application-{id}", "ops.terminate", "accepted");
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync($"applications/{id}/withdraw", new { }),
            HttpStatusCode.Conflict,
            "wrong-stage");
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/application-{id}/suspend"),
            HttpStatusCode.Conflict,
            "conflict");
        var (again, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual", idNumber);
        Assert.Equal(
            id, (await applicant.GetFromJsonAsync<JsonElement>($"applications/{again}")).Str("previousApplicationId"));

        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Terminated");
        Assert.Equal(
            HttpStatusCode.NoContent,
            (await OpsControls.DeleteAsync(ops, $"ops/instances/application-{id}")).StatusCode);
    }

    [Fact]
    public async Task Restart_FailedInstanceOfAnOpenApplication_ResumesAtItsStageFromTheRecord()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var waiting = await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("dueBy") != "");
        var ops = await OpsAsync();
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/instances/application-{id}/restart"),
            HttpStatusCode.Conflict,
            "conflict");
        // Signals that are no decision id, past what one wait ignores: the process fails, the case stays open.
        for (var i = 0; i < 200; i++) await Host.Durable.RaiseEventAsync($"application-{id}", "withdraw", i);
        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Failed",
            60);

        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/instances/application-{id}/restart")).StatusCode);

        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var resumed = await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}");
        Assert.Equal(waiting.Str("stage"), resumed.Str("stage"));
        // Nothing from submission again (escalations of the review wait may add entries: days pass fast here).
        var first = waiting.GetProperty("timeline").EnumerateArray()
            .Where(t => t.Str("event") != "notice")
            .Select(t => t.Str("event"))
            .ToList();
        var now = resumed.GetProperty("timeline").EnumerateArray()
            .Where(t => t.Str("event") != "notice")
            .Select(t => t.Str("event"))
            .ToList();
        Assert.Equal(first, now.Take(first.Count));
        Assert.All(now.Skip(first.Count), e => Assert.EndsWith("-escalated", e));
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await Eventually.TrueAsync(
            async () => (await reviewer.PostAsJsonAsync(
                $"applications/{id}/review", new { approve = true, reason = "材料齐全" }))
                .StatusCode == HttpStatusCode.Accepted,
            "the review is taken");
        var publicity = await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        var events = publicity.GetProperty("timeline").EnumerateArray().Select(t => t.Str("event")).ToList();
        Assert.Single(events, e => e == "hrss-review-approved");
        await AssertAuditedAsync(ops, $"application-{id}", "ops.restart", "accepted");
    }

    [Fact]
    public async Task Stranded_TerminatedRegistryRequest_ListedRepairedThenDecided()
    {
        var applicant = await Host.ClientForAsync("stranded-requester", ["applicant"]);
        var name = "广州搁浅修复示范有限公司" + Random.Shared.Next(1000, 9999);
        var requestId = (await Json.PostOkAsync(applicant, "registry/employer-requests",
            Registry.EmployerRegistryTests.NewEmployer(name), HttpStatusCode.Accepted)).Str("requestId");
        var ops = await OpsAsync();
        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/registry-{requestId}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/instances/registry-{requestId}/terminate")).StatusCode);
        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/registry-{requestId}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Terminated");

        var stranded = await ops.GetFromJsonAsync<JsonElement>("ops/cases/stranded");
        var item = Assert.Single(stranded.GetProperty("items").EnumerateArray(), i => i.Str("id") == requestId);
        Assert.Equal(
            ("registry", "pending", "Terminated"), (item.Str("kind"), item.Str("stage"), item.Str("runtimeStatus")));

        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/cases/registry/{requestId}/repair")).StatusCode);
        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/registry-{requestId}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, $"ops/cases/registry/{requestId}/repair"),
            HttpStatusCode.Conflict,
            "conflict");
        await AssertAuditedAsync(ops, $"registry-{requestId}", "ops.repair", "accepted");
        var admin = await Host.ClientForAsync("stranded-registry-admin", ["registry-admin"]);
        await Json.PostOkAsync(
            admin,
            $"registry/requests/{requestId}/decision",
            new { approve = true, reason = "核实无误" },
            HttpStatusCode.OK);
        await ProblemAssert.IsProblemAsync(
            await OpsControls.PostAsync(ops, "ops/cases/nothing/x/repair"), HttpStatusCode.NotFound, "not-found");
    }

    private Task<HttpClient> OpsAsync() => Host.ClientForAsync("ops-case-controller", ["ops"]);

    private static Task CompletedAsync(HttpClient ops, string instanceId) =>
        Eventually.GetJsonAsync(
            ops, $"ops/instances/{instanceId}", d => d.GetProperty("instance").Str("runtimeStatus") == "Completed");

    /// <summary>
    /// A few seconds on (a restarted process would have moved by then), the application is as it was.
    /// </summary>
    private static async Task AssertUnchangedAsync(HttpClient owner, string id, JsonElement before)
    {
        await Task.Delay(TimeSpan.FromSeconds(4));
        var after = await owner.GetFromJsonAsync<JsonElement>($"applications/{id}");
        Assert.Equal(before.Str("stage"), after.Str("stage"));
        int Steps(JsonElement a) =>
            a.GetProperty("timeline").EnumerateArray().Count(t => t.Str("event") != "notice");
        Assert.Equal(Steps(before), Steps(after));
    }

    private static async Task AssertAuditedAsync(HttpClient ops, string target, string action, string outcome)
    {
        var audit = await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target={target}&action={action}");
        Assert.Contains(
            audit.GetProperty("items").EnumerateArray(),
            r => r.Str("outcome") == outcome
                && r.Str("actor") == "ops-case-controller"
                && r.Str("detail").EndsWith("reason: " + OpsControls.Reason, StringComparison.Ordinal));
    }
}
