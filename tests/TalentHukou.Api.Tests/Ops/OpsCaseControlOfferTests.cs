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
/// control takes a reason, which is audited (masked); the console always asks for one.
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
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        var running = await ControlsAsync(ops, id);
        Assert.Equal(["suspend", "terminate"], running.Keys.Order());
        Assert.Contains("closed-by-ops", running["terminate"].Str("effect"), StringComparison.Ordinal);
        Assert.Equal(
            ("POST", $"/api/ops/instances/{process}/terminate"),
            (running["terminate"].Str("method"), running["terminate"].Str("path")));

        Assert.Equal(
            HttpStatusCode.Accepted, (await OpsControls.PostAsync(ops, $"ops/instances/{process}/suspend")).StatusCode);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Suspended");
        Assert.Equal(["resume", "terminate"], (await ControlsAsync(ops, id)).Keys.Order());

        Assert.Equal(
            HttpStatusCode.Accepted,
            (await OpsControls.PostAsync(ops, $"ops/instances/{process}/terminate")).StatusCode);
        await Eventually.GetJsonAsync(
            ops, $"ops/instances/{process}", d => d.GetProperty("instance").Str("runtimeStatus") == "Terminated");
        var closed = await ControlsAsync(ops, id);
        Assert.Equal(["purge"], closed.Keys);
        Assert.Equal("DELETE", closed["purge"].Str("method"));
    }

    [Fact]
    public async Task Control_WithAnInvalidReason_400NothingRuns_ReasonAuditedMasked()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var ops = await Host.ClientForAsync("ops-reasons", ["ops"]);
        var path = $"ops/instances/application-{id}/suspend";
        await Eventually.GetJsonAsync(ops, $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        await ProblemAssert.IsProblemAsync(await OpsControls.PostAsync(ops, path, new string('长', 301)),
            HttpStatusCode.BadRequest, "validation-failed");
        await ProblemAssert.IsProblemAsync(await OpsControls.DeleteAsync(ops, $"ops/instances/application-{id}", " "),
            HttpStatusCode.BadRequest, "validation-failed");
        Assert.Empty((await AuditAsync(ops, id)).EnumerateArray());
        var instance = await ops.GetFromJsonAsync<JsonElement>($"ops/instances/application-{id}");
        Assert.Equal("Running", instance.GetProperty("instance").Str("runtimeStatus"));

        var idNumber = IdNumbers.New();
        Assert.Equal(
            HttpStatusCode.Accepted, (await OpsControls.PostAsync(ops, path, $"申请人 {idNumber} 来电要求暂停")).StatusCode);
        var audited = Assert.Single((await AuditAsync(ops, id)).EnumerateArray());
        Assert.Equal(("ops.suspend", "accepted"), (audited.Str("action"), audited.Str("outcome")));
        Assert.StartsWith("reason: 申请人 ", audited.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, audited.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The contract's controls took no body before v1.2's reason: such a call still runs, audited as such.
    /// </summary>
    [Fact]
    public async Task Control_WithoutABody_RunsAsBefore_AuditSaysNoReasonGiven()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        var ops = await Host.ClientForAsync("ops-no-reason", ["ops"]);
        await Eventually.GetJsonAsync(ops, $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");

        Assert.Equal(
            HttpStatusCode.Accepted, (await ops.PostAsync($"ops/instances/application-{id}/suspend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted,
            (await ops.PostAsJsonAsync($"ops/instances/application-{id}/resume", new { })).StatusCode);

        var details = (await AuditAsync(ops, id)).EnumerateArray()
            .Select(a => (a.Str("action"), a.Str("detail")))
            .ToList();
        Assert.Contains(("ops.suspend", "reason: 未说明 (none given)"), details);
        Assert.Contains(("ops.resume", "reason: 未说明 (none given)"), details);
    }

    private static async Task<Dictionary<string, JsonElement>> ControlsAsync(HttpClient ops, string id)
    {
        var timeline = await ops.GetFromJsonAsync<JsonElement>($"ops/cases/application/{id}/timeline");
        return timeline.GetProperty("controls").EnumerateArray().ToDictionary(c => c.Str("action"), c => c);
    }

    private static async Task<JsonElement> AuditAsync(HttpClient ops, string id) =>
        (await ops.GetFromJsonAsync<JsonElement>($"ops/audit?target=application-{id}")).GetProperty("items");
}
