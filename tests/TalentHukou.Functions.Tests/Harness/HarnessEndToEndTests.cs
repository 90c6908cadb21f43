using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Cards.Saga;
using TalentHukou.Workflows.Cards.Saga.Activities;

namespace TalentHukou.Functions.Tests.Harness;

/// <summary>
/// Issue #24 item 2: the shipped Functions app, a real worker process under the harness, through the same flows the
/// local host's tests drive (<see cref="ApplicationFlows"/>, <see cref="Tickets"/>), signed in by the harness's test
/// OpenID issuer, business time accelerated by the <c>Clock:*</c> start-up settings.
/// </summary>
[Collection(AcceleratedFunctionsAppCollection.Name)]
public sealed class HarnessEndToEndTests(AcceleratedFunctionsApp app)
{
    [Fact]
    public async Task Token_FromTheTestIssuer_AcceptedWithItsRolesAndIdentity_DevKeyTokenRefused()
    {
        var ops = await app.ClientForAsync("e2e-ops", ["ops"]);
        var health = await ops.GetFromJsonAsync<JsonElement>("health");
        Assert.Equal(AcceleratedFunctionsApp.Acceleration, health.GetProperty("clockAcceleration").GetDouble());

        using var forged = new HttpClient { BaseAddress = app.BaseAddress };
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevKeyToken());
        await ProblemAssert.IsProblemAsync(
            await forged.GetAsync("ops/instances"), HttpStatusCode.Unauthorized, "unauthorized");
        var badRole = await app.Anonymous.PostAsJsonAsync("dev/token", new { sub = "x", roles = new[] { "root" } });
        ProblemAssert.NamesField(
            await ProblemAssert.IsProblemAsync(badRole, HttpStatusCode.BadRequest, "validation-failed"), "roles");
    }

    [Fact]
    public async Task SmartPath_PsbPushFailingTransiently_RetriedBySagaPolicyThenPsbSynced()
    {
        // Public security fails the first calls about this holder only (PublicSecurity:FlakyIdNumber): the push's
        // activity fails through the worker and the card saga (a sub-orchestration) calls it again by its retry policy.
        var applicant = await ApplicationFlows.ApplicantAsync(app, app.FlakyIdNumber);
        var (id, synced) = await SmartPathToPsbSyncedAsync(applicant);
        Assert.True(synced.GetProperty("card").GetProperty("downloadable").GetBoolean(), synced.ToString());
        using var card = await applicant.GetAsync($"applications/{id}/card");
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await card.Content.ReadAsByteArrayAsync())[..4]);

        var store = app.Harness.Services.GetRequiredService<IOrchestrationServiceClient>();
        var saga = CardSaga.InstanceIdFor(id, 1);
        var execution = (await store.GetOrchestrationStateAsync(saga, false))[0].OrchestrationInstance.ExecutionId;
        var history = JArray.Parse(await store.GetOrchestrationHistoryAsync(saga, execution));
        var pushes = history
            .Where(e => Kind(e) == EventType.TaskScheduled && (string?)e["Name"] == nameof(RegisterCardWithPsb))
            .Select(e => (int)e["EventId"]!).ToHashSet();
        int Outcomes(EventType kind) =>
            history.Count(e => Kind(e) == kind && pushes.Contains((int)e["TaskScheduledId"]!));
        Assert.True(
            (pushes.Count, Outcomes(EventType.TaskFailed), Outcomes(EventType.TaskCompleted))
                == (AcceleratedFunctionsApp.FlakyCalls + 1, AcceleratedFunctionsApp.FlakyCalls, 1),
            history.ToString());
    }

    /// <summary>Submits a smart-path case, e-signs its card and waits for public security to have it.</summary>
    private static async Task<(string Id, JsonElement Synced)> SmartPathToPsbSyncedAsync(HttpClient applicant)
    {
        var (id, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        Assert.Equal("publicity", accepted.Str("stage"));
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 120);
        var generate = await applicant.PostAsJsonAsync(
            $"applications/{id}/card/generate", new { consent = true, signedName = "李小龙" });
        Assert.Equal(HttpStatusCode.Accepted, generate.StatusCode);
        return (id, await ApplicationFlows.AtStageAsync(applicant, id, "psb-synced", 120));
    }

    private static EventType Kind(JToken e) => e["EventType"]!.Type == JTokenType.Integer
        ? (EventType)(int)e["EventType"]! : Enum.Parse<EventType>((string)e["EventType"]!);

    [Fact]
    public async Task ManualPath_ObjectionUpheld_Rejected()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(app);
        var (id, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        Assert.Equal("hrss-review", accepted.Str("stage"));
        var reviewer = await ApplicationFlows.ReviewerAsync(app, "tianhe");
        var review = await reviewer.PostAsJsonAsync(
            $"applications/{id}/review", new { approve = true, reason = "材料齐全" });
        Assert.Equal(HttpStatusCode.Accepted, review.StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "publicity");

        var objector = await app.ClientForAsync("e2e-citizen", ["applicant"]);
        var filed = await Json.PostOkAsync(objector, $"applications/{id}/objections",
            new { reason = "申请人实际未在该单位工作", contact = "13912345678" }, HttpStatusCode.Created);
        await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");
        var resolution = await reviewer.PostAsJsonAsync(
            $"applications/{id}/objections/{filed.Str("objectionId")}/resolution",
            new { upheld = true, note = "经核实异议成立" });
        Assert.Equal(HttpStatusCode.Accepted, resolution.StatusCode);
        var rejected = await ApplicationFlows.AtStageAsync(applicant, id, "rejected");
        Assert.Equal("upheld", rejected.GetProperty("objections")[0].Str("status"));
    }

    [Fact]
    public async Task ReturnAndCorrection_ThroughTheWorker_BackAtReview()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(app);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var reviewer = await ApplicationFlows.ReviewerAsync(app, "tianhe");
        var returned = await reviewer.PostAsJsonAsync($"applications/{id}/return",
            new { items = new[] { new { field = "education.certificateNo", note = "证书编号与学信网记录不一致" } } });
        Assert.Equal(HttpStatusCode.Accepted, returned.StatusCode);
        Assert.NotEqual("", (await ApplicationFlows.AtStageAsync(applicant, id, "returned")).Str("correctionDueBy"));

        var corrected = await applicant.PostAsJsonAsync($"applications/{id}/correction",
            new { education = new { certificateNo = "105581201805009999" } });
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("stage") == "hrss-review"
            && a.GetProperty("timeline").EnumerateArray().Any(t => t.Str("event") == "resubmitted"));
    }

    [Fact]
    public async Task SupportTicket_WithScreenshot_SupportSeesItAndThePicture()
    {
        var author = await ApplicationFlows.ApplicantAsync(app);
        var screenshot = Files.Png(20_000);
        var id = (await Tickets.FileAsync(author, screenshot)).Str("ticketId");
        var support = await app.ClientForAsync("e2e-support", ["support"]);
        var ticket = await support.GetFromJsonAsync<JsonElement>($"support/tickets/{id}");
        Assert.Equal(id, ticket.Str("ticketId"));
        Assert.Equal(screenshot, await support.GetByteArrayAsync($"support/tickets/{id}/screenshot"));
    }

    [Fact]
    public async Task Ops_InstancesAndHistory_PeriodicJobsRunningAsEternalOrchestrations()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(app);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var ops = await app.ClientForAsync("e2e-ops", ["ops"]);
        var instanceId = "application-" + id;
        await Eventually.GetJsonAsync(ops, "ops/instances?pageSize=200",
            p => p.GetProperty("items").EnumerateArray().Any(i => i.Str("instanceId") == instanceId));
        // The detail's history stays empty here: the harness's test sidecar streams no history to a DurableTaskClient
        // (docs/functions-harness.md); the Durable extension in Azure does.
        var detail = await ops.GetFromJsonAsync<JsonElement>($"ops/instances/{instanceId}");
        Assert.Equal("ApplicationOrchestrator", detail.GetProperty("instance").Str("name"));
        Assert.Contains(id, detail.Str("input"));

        // A submission ensures the periodic jobs run: eternal orchestrations waiting on their timers.
        foreach (var job in new[] { "sweep-unstarted-processes", "retention-ended-instances" })
        {
            var running = await Eventually.GetJsonAsync(ops, $"ops/instances/{job}",
                d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
            Assert.NotEqual("", running.GetProperty("instance").Str("lastUpdatedAt"));
        }
    }

    /// <summary>
    /// A well-formed token signed with the local host's shared dev key, which the Functions app never trusts.
    /// </summary>
    private static string DevKeyToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://talenthukou.local/dev",
        Audience = "talenthukou-api",
        Claims = new Dictionary<string, object> { ["sub"] = "forger", ["roles"] = new[] { "ops" } },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Convert.FromBase64String(TestKeys.DevSigningKey)), SecurityAlgorithms.HmacSha256),
    });
}
