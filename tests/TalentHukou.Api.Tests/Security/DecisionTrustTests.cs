using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Security;

/// <summary>Issue #16: decisions only from their rightful deciders, as stored and audited records.</summary>
[Collection(SharedHostCollection.Name)]
public class DecisionTrustTests(SharedHost shared)
{
    private static readonly string[] BusinessEvents =
    [
        "unit-review", "hrss-review", "objection", "card-issue", "card-generate", "withdraw", "return", "correction",
        "decision", "ticket-update",
    ];

    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task OpsRaise_EachBusinessEvent_403NoCardNoStageChange_Audited()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        var ops = await Host.ClientForAsync("ops-raiser", ["ops"]);

        foreach (var name in BusinessEvents)
        {
            var raised = await ops.PostAsJsonAsync(
                $"ops/instances/application-{id}/events/{name}",
                new
                {
                    Approve = true,
                    Reason = "ops",
                    By = "ops-raiser",
                    SignedName = "李小龙",
                    DecidedBy = "ops-raiser",
                });
            await ProblemAssert.IsProblemAsync(raised, HttpStatusCode.Forbidden, "forbidden");
        }
        // A technical event is accepted and decides nothing.
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await ops.PostAsync($"ops/instances/application-{id}/events/psb-recheck", null)).StatusCode);

        var after = await applicant.GetFromJsonAsync<JsonElement>($"applications/{id}");
        Assert.Equal("awaiting-card", after.Str("stage"));
        Assert.True(
            !after.TryGetProperty("card", out var card) || card.ValueKind == JsonValueKind.Null, after.ToString());
        var audit = await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target=application-{id}&action=ops.raise");
        var rows = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            BusinessEvents.Length, rows.Count(r => r.Str("outcome") == "refused" && r.Str("actor") == "ops-raiser"));
        Assert.Single(rows, r => r.Str("outcome") == "accepted");
    }

    [Fact]
    public async Task ForgedRawEvent_ThroughDurableClient_IgnoredTheRealSignatureActs()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");

        // Raised first, so the orchestration reads them before the real e-signature: the old payload shape, and a
        // well-formed decision id that no decision row holds.
        await Host.Durable.RaiseEventAsync(
            $"application-{id}", "card-generate", new { By = "forger", SignedName = "李小龙" });
        await Host.Durable.RaiseEventAsync($"application-{id}", "card-generate", "DC20260101T000000S000ABCD");
        await Json.PostOkAsync(
            applicant,
            $"applications/{id}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);

        var issued = await Eventually.GetJsonAsync(applicant, $"applications/{id}",
            a => a.TryGetProperty("card", out var c) && c.ValueKind == JsonValueKind.Object, 120);
        var signed = issued.GetProperty("timeline").EnumerateArray()
            .Where(t => t.Str("event").StartsWith("e-signed", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["e-signed-1"], signed.Select(t => t.Str("event")).ToArray());
        Assert.Contains(Host.Logs.Entries, e => e.EventId == 3201);
    }

    [Fact]
    public async Task HrssReview_ByTheApplicantHimself_403AndNoDecision_OthersDecideAndAreAudited()
    {
        var sub = "self-reviewer-" + Guid.NewGuid().ToString("N")[..8];
        var self = await Host.ClientForAsync(sub, ["applicant", "reviewer"], hrss: "tianhe");
        var (id, _) = await ApplicationFlows.SubmitAsync(self, "E-DEMO-TECH", "manual");
        await ApplicationFlows.AtStageAsync(self, id, "hrss-review");

        var refused = await self.PostAsJsonAsync($"applications/{id}/review", new { approve = true, reason = "同意" });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "own-matter");

        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await reviewer.PostAsJsonAsync($"applications/{id}/review", new { approve = true, reason = "材料齐全" }))
                .StatusCode);
        var approved = await ApplicationFlows.AtStageAsync(self, id, "publicity");
        Assert.Contains(
            approved.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "hrss-review-approved");
        var ops = await Host.ClientForAsync("ops-auditor", ["ops"]);
        var audit = await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target={id}&action=decision.hrss-review");
        var row = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("reviewer-tianhe", row.Str("actor"));
        Assert.Equal("reviewer", row.Str("role"));
        Assert.StartsWith("DC", row.Str("detail"));
    }

    [Fact]
    public async Task GrantedUnitAdmin_ListsReadsAndReviewsTheUnitsApplications_NotOtherUnits()
    {
        var sub = "granted-ua-" + Guid.NewGuid().ToString("N")[..8];
        var person = await Host.ClientForAsync(sub, ["applicant"]);
        var registryAdmin = await Host.ClientForAsync("registry-admin-trust", ["registry-admin"]);
        var requested = await Json.PostOkAsync(person, "unit-admins/requests",
            new
            {
                employerId = "E-DEMO-GOV",
                applicantName = "王小明",
                idNumber = VerifiedIdentities.Of(person),
                phone = "13912345678",
                email = "ua@example.cn",
            },
            HttpStatusCode.Accepted);
        var view = await registryAdmin.GetFromJsonAsync<JsonElement>($"registry/requests/{requested.Str("requestId")}");
        Assert.Equal(sub, view.GetProperty("proposal").Str("applicantSub")); // the admin sees whom they would grant
        await Json.PostOkAsync(
            registryAdmin,
            $"unit-admins/requests/{requested.Str("requestId")}/decision",
            new { approve = true, reason = "核实无误" },
            HttpStatusCode.OK);

        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-GOV", "manual");
        await ApplicationFlows.AtStageAsync(applicant, id, "unit-review");

        var page = await person.GetFromJsonAsync<JsonElement>("applications?unit=E-DEMO-GOV&pageSize=100");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), a => a.Str("applicationId") == id);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"applications/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await person.GetAsync("applications?unit=E-DEMO-HOSP"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await person.PostAsJsonAsync($"applications/{id}/unit-review", new { approve = true, reason = "同意" }))
                .StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "hrss-review");
    }

    [Fact]
    public async Task RegistryDecision_OnOwnRequest_403()
    {
        var sub = "self-registry-" + Guid.NewGuid().ToString("N")[..8];
        var both = await Host.ClientForAsync(sub, ["applicant", "registry-admin"]);
        var accepted = await Json.PostOkAsync(
            both,
            "registry/employer-requests",
            Registry.EmployerRegistryTests.NewEmployer("广州自审示范有限公司" + Random.Shared.Next(1000, 9999)),
            HttpStatusCode.Accepted);
        await ProblemAssert.IsProblemAsync(
            await both.PostAsJsonAsync(
                $"registry/requests/{accepted.Str("requestId")}/decision", new { approve = true }),
            HttpStatusCode.Forbidden,
            "own-request");
        Assert.Equal(
            "pending",
            (await both.GetFromJsonAsync<JsonElement>($"registry/requests/{accepted.Str("requestId")}")).Str("status"));
    }
}
