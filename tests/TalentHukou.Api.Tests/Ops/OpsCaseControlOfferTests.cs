using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>
/// Issue #28 item 1: the case timeline offers only the controls the case allows now, each with its effect; every
/// control requires a reason, which is audited (masked).
/// </summary>
[Collection(SharedHostCollection.Name)]
public class OpsCaseControlOfferTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Timeline_ApplicationRunningSuspendedClosed_OffersOnlyWhatTheCaseAllows()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var ops = await Host.ClientForAsync("ops-offers", ["ops"]);
        var process = "application-" + id;
        await Eventually.GetJsonAsync(ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        var running = await ControlsAsync(ops, id);
        Assert.Equal(["suspend", "terminate"], running.Keys.Order());
        Assert.Contains("closed-by-ops", running["terminate"].Str("effect"), StringComparison.Ordinal);
        Assert.Equal(("POST", $"/api/ops/instances/{process}/terminate"), (running["terminate"].Str("method"), running["terminate"].Str("path")));

        Assert.Equal(HttpStatusCode.Accepted, (await OpsControls.PostAsync(ops, $"ops/instances/{process}/suspend")).StatusCode);
        await Eventually.GetJsonAsync(ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Suspended");
        Assert.Equal(["resume", "terminate"], (await ControlsAsync(ops, id)).Keys.Order());

        Assert.Equal(HttpStatusCode.Accepted, (await OpsControls.PostAsync(ops, $"ops/instances/{process}/terminate")).StatusCode);
        await Eventually.GetJsonAsync(ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Terminated");
        var closed = await ControlsAsync(ops, id);
        Assert.Equal(["purge"], closed.Keys);
        Assert.Equal("DELETE", closed["purge"].Str("method"));
    }

    [Fact]
    public async Task Control_WithoutAValidReason_400NothingRuns_ReasonAuditedMasked()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var ops = await Host.ClientForAsync("ops-reasons", ["ops"]);
        var path = $"ops/instances/application-{id}/suspend";
        await Eventually.GetJsonAsync(ops, $"ops/instances/application-{id}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        await ProblemAssert.IsProblemAsync(await ops.PostAsync(path, null), HttpStatusCode.BadRequest, "validation-failed");
        await ProblemAssert.IsProblemAsync(await ops.PostAsJsonAsync(path, new { }), HttpStatusCode.BadRequest, "validation-failed");
        await ProblemAssert.IsProblemAsync(await OpsControls.PostAsync(ops, path, new string('长', 301)), HttpStatusCode.BadRequest, "validation-failed");
        await ProblemAssert.IsProblemAsync(await OpsControls.DeleteAsync(ops, $"ops/instances/application-{id}", " "), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Empty((await AuditAsync(ops, id)).EnumerateArray());
        Assert.Equal("Running", (await ops.GetFromJsonAsync<JsonElement>($"ops/instances/application-{id}")).GetProperty("instance").Str("runtimeStatus"));

        var idNumber = IdNumbers.New();
        Assert.Equal(HttpStatusCode.Accepted, (await OpsControls.PostAsync(ops, path, $"申请人 {idNumber} 来电要求暂停")).StatusCode);
        var audited = Assert.Single((await AuditAsync(ops, id)).EnumerateArray());
        Assert.Equal(("ops.suspend", "accepted"), (audited.Str("action"), audited.Str("outcome")));
        Assert.StartsWith("reason: 申请人 ", audited.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, audited.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, JsonElement>> ControlsAsync(HttpClient ops, string id)
    {
        var timeline = await ops.GetFromJsonAsync<JsonElement>($"ops/cases/application/{id}/timeline");
        return timeline.GetProperty("controls").EnumerateArray().ToDictionary(c => c.Str("action"), c => c);
    }

    private static async Task<JsonElement> AuditAsync(HttpClient ops, string id) =>
        (await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target=application-{id}")).GetProperty("items");
}
