using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

[Collection(SharedHostCollection.Name)]
public class AuditApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Audit_FilteredByTarget_NewestFirstAndPaged()
    {
        var target = "application/A-audit-" + Guid.NewGuid().ToString("N")[..8];
        var audit = Host.Services.GetRequiredService<AuditTrail>();
        foreach (var action in new[] { "hrss-review", "objection-resolution", "card-issue" })
            await audit.AppendAsync(
                new AuditRecord("reviewer-1", "reviewer", action, target, "accepted"), CancellationToken.None);
        var ops = await Host.ClientForAsync("ops-audit", ["ops"]);

        var first = await Json.ReadAsync(
            await ops.GetAsync($"ops/audit?target={Uri.EscapeDataString(target)}&pageSize=2"));
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["card-issue", "objection-resolution"], items.Select(i => i.Str("action")));
        Assert.All(items, i => Assert.Equal("reviewer-1", i.Str("actor")));
        var token = first.Str("continuationToken");
        Assert.False(string.IsNullOrEmpty(token));

        var second = await Json.ReadAsync(await ops.GetAsync(
            $"ops/audit?target={Uri.EscapeDataString(target)}&pageSize=2&continuationToken="
            + $"{Uri.EscapeDataString(token)}"));
        Assert.Equal(["hrss-review"], second.GetProperty("items").EnumerateArray().Select(i => i.Str("action")));
    }

    [Fact]
    public async Task Audit_ByAdminAllowed_ByApplicantForbidden()
    {
        var admin = await Host.ClientForAsync("admin-audit", ["admin"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("ops/audit?action=none-such")).StatusCode);
        var applicant = await Host.ClientForAsync("applicant-audit", ["applicant"]);
        await ProblemAssert.IsProblemAsync(
            await applicant.GetAsync("ops/audit"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Audit_BadDate_ProblemNamingTheField()
    {
        var ops = await Host.ClientForAsync("ops-audit-2", ["ops"]);
        ProblemAssert.NamesField(await ProblemAssert.IsProblemAsync(await ops.GetAsync("ops/audit?from=yesterday"),
            HttpStatusCode.BadRequest, "validation-failed"), "from");
    }
}
