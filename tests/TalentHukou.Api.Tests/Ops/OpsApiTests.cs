using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

[Collection(SharedHostCollection.Name)]
public class OpsApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Instances_RegistryRequest_ListedWithMaskedDetailAndHistory()
    {
        var applicant = await Host.ClientForAsync("ops-test-applicant", ["applicant"]);
        var requestId = (await Json.PostOkAsync(
            applicant,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州运维示范有限公司" + Random.Shared.Next(1000, 9999)),
            HttpStatusCode.Accepted)).Str("requestId");
        var instanceId = "registry-" + requestId;
        var ops = await Host.ClientForAsync("ops-1", ["ops"]);

        var page = await Eventually.GetJsonAsync(ops, "ops/instances?name=RegistryReviewOrchestrator&pageSize=200",
            p => p.GetProperty("items").EnumerateArray().Any(i => i.Str("instanceId") == instanceId));
        Assert.All(
            page.GetProperty("items").EnumerateArray(), i => Assert.Equal("RegistryReviewOrchestrator", i.Str("name")));

        var detail = await Eventually.GetJsonAsync(
            ops, $"ops/instances/{instanceId}", d => d.GetProperty("history").GetArrayLength() > 0);
        Assert.Contains(requestId, detail.Str("input"));
        Assert.Contains(
            detail.GetProperty("history").EnumerateArray(), h => h.Str("eventType").Contains("ExecutionStarted"));

        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/instances/{instanceId}/terminate")).StatusCode);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{instanceId}", d => d.GetProperty("instance").Str("runtimeStatus") == "Terminated");
        // The request is still pending: its instance is kept (for a repair), not purged.
        await ProblemAssert.IsProblemAsync(
            await OpsControls.DeleteAsync(ops, $"ops/instances/{instanceId}"), HttpStatusCode.Conflict, "conflict");
        Assert.Equal(
            "pending", (await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{requestId}")).Str("status"));

        // A technical instance (the email dispatch, say) is purged as before once it ended.
        await ProblemAssert.IsProblemAsync(
            await OpsControls.DeleteAsync(ops, "ops/instances/email-none"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Instances_RaiseDecisionEvent_ForbiddenAndRequestStaysPending()
    {
        var applicant = await Host.ClientForAsync("ops-test-applicant", ["applicant"]);
        var requestId = (await Json.PostOkAsync(
            applicant,
            "registry/employer-requests",
            EmployerRegistryTests.NewEmployer("广州事件示范有限公司" + Random.Shared.Next(1000, 9999)),
            HttpStatusCode.Accepted)).Str("requestId");
        var ops = await Host.ClientForAsync("ops-1", ["ops"]);
        await Eventually.GetJsonAsync(
            ops,
            $"ops/instances/registry-{requestId}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        var raised = await ops.PostAsJsonAsync(
            $"ops/instances/registry-{requestId}/events/decision",
            new { Approve = false, Reason = "ops test", DecidedBy = "ops-1" },
            new JsonSerializerOptions());
        await ProblemAssert.IsProblemAsync(raised, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(
            "pending", (await applicant.GetFromJsonAsync<JsonElement>($"registry/requests/{requestId}")).Str("status"));
    }

    [Fact]
    public async Task Metrics_OpsRole_CountsStagesAndBacklogs()
    {
        var ops = await Host.ClientForAsync("ops-1", ["ops"]);
        var metrics = await ops.GetFromJsonAsync<JsonElement>("ops/metrics");
        Assert.True(metrics.GetProperty("applicationsByStage").TryGetProperty("publicity", out _));
        Assert.True(metrics.GetProperty("overdueRegistryRequests").GetInt32() >= 0);
        Assert.True(metrics.TryGetProperty("psbReconciliationBacklog", out _));
        Assert.True(metrics.TryGetProperty("escalatedReviews", out _));
        Assert.True(metrics.GetProperty("emailOutbox").TryGetProperty("countsByStatus", out _), metrics.ToString());
        var applicant = await Host.ClientForAsync("x", ["applicant"]);
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync("ops/metrics"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync("ops/instances"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(
            await ops.GetAsync("ops/instances?runtimeStatus=Sleeping"), HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task Page_ServedAsSelfContainedHtml()
    {
        var response = await Host.Anonymous.GetAsync("ops");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("ops/metrics", html);
        Assert.DoesNotContain("https://", html); // no CDN
    }
}
