using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Registry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>
/// Bulk actions: a dry run lists and counts, an apply acts on exactly that list and audits each instance.
/// </summary>
[Collection(SharedHostCollection.Name)]
public class OpsBulkApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task DryRunThenApply_Resume_CountsActsOnTheListedInstancesAndAudits()
    {
        var applicant = await Host.ClientForAsync("bulk-applicant", ["applicant"]);
        var ops = await Host.ClientForAsync("ops-bulk", ["ops"]);
        var instances = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var body = EmployerRegistryTests.NewEmployer("广州批量示范有限公司" + Random.Shared.Next(10000, 99999));
            var id = "registry-"
                + (await Json.PostOkAsync(applicant, "registry/employer-requests", body, HttpStatusCode.Accepted))
                    .Str("requestId");
            await Eventually.GetJsonAsync(
                ops, $"ops/instances/{id}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
            instances.Add(id);
        }
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var filter = new Dictionary<string, string>
        {
            ["name"] = "RegistryReviewOrchestrator",
            ["runtimeStatus"] = "Running",
            ["createdFrom"] = today,
        };

        var dryRun = await Json.PostOkAsync(
            ops, "ops/bulk/dry-runs", new { filter, action = "resume", reason = "批量恢复测试" }, HttpStatusCode.Created);
        var effects = dryRun.GetProperty("effects").EnumerateArray().ToList();
        Assert.Equal(effects.Count, dryRun.GetProperty("count").GetInt32());
        foreach (var id in instances)
            Assert.Contains(
                "process resumed",
                effects.Single(e => e.Str("instanceId") == id).Str("caseEffect"),
                StringComparison.Ordinal);

        var accepted = await Json.PostOkAsync(
            ops, "ops/bulk", new { dryRunId = dryRun.Str("dryRunId") }, HttpStatusCode.Accepted);
        var again = await Json.PostOkAsync(
            ops, "ops/bulk", new { dryRunId = dryRun.Str("dryRunId") }, HttpStatusCode.Accepted);
        Assert.Equal(accepted.Str("bulkId"), again.Str("bulkId"));
        var progress = await Eventually.GetJsonAsync(
            ops, $"ops/bulk/{accepted.Str("bulkId")}", p => p.GetProperty("finished").GetBoolean());
        Assert.Equal(effects.Count, progress.GetProperty("done").GetInt32());
        Assert.Equal(effects.Count, progress.GetProperty("total").GetInt32());

        foreach (var id in instances)
        {
            var audit = await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target={id}&action=ops.resume");
            var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
            Assert.Equal("ops-bulk", entry.Str("actor"));
            Assert.Contains(accepted.Str("bulkId"), entry.Str("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Terminate_NeedsASecondPersonAnAdmin()
    {
        var ops = await Host.ClientForAsync("ops-bulk", ["ops"]);
        var filter = new Dictionary<string, string> { ["name"] = "NoSuchOrchestrator" };
        var dryRun = await Json.PostOkAsync(
            ops, "ops/bulk/dry-runs", new { filter, action = "terminate", reason = "测试审批" }, HttpStatusCode.Created);
        Assert.True(dryRun.GetProperty("needsApproval").GetBoolean());
        Assert.Equal(0, dryRun.GetProperty("count").GetInt32());
        var id = dryRun.Str("dryRunId");
        await ProblemAssert.IsProblemAsync(
            await ops.PostAsJsonAsync("ops/bulk", new { dryRunId = id }), HttpStatusCode.Conflict, "conflict");

        var sameAdmin = await Host.ClientForAsync("ops-bulk", ["admin"]);
        await ProblemAssert.IsProblemAsync(
            await sameAdmin.PostAsync($"ops/bulk/dry-runs/{id}/approval", null), HttpStatusCode.Conflict, "conflict");
        var admin = await Host.ClientForAsync("admin-bulk", ["admin"]);
        Assert.Equal(
            HttpStatusCode.NoContent, (await admin.PostAsync($"ops/bulk/dry-runs/{id}/approval", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await admin.PostAsync($"ops/bulk/dry-runs/{id}/approval", null), HttpStatusCode.Conflict, "conflict");
        Assert.Equal(
            HttpStatusCode.Accepted, (await ops.PostAsJsonAsync("ops/bulk", new { dryRunId = id })).StatusCode);

        await ProblemAssert.IsProblemAsync(
            await ops.PostAsJsonAsync("ops/bulk/dry-runs", new { filter, action = "explode", reason = "x1" }),
            HttpStatusCode.BadRequest,
            "validation-failed");
        await ProblemAssert.IsProblemAsync(
            await ops.PostAsJsonAsync("ops/bulk", new { dryRunId = "DRnone" }), HttpStatusCode.NotFound, "not-found");
    }
}
