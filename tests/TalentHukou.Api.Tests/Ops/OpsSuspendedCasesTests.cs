using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>Issue #27 item 3: ops sees which open cases are suspended (GET /ops/cases/suspended).</summary>
[Collection(SharedHostCollection.Name)]
public class OpsSuspendedCasesTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task SuspendedCases_SuspendThenResume_ListedWhileSuspendedOnly()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        await Eventually.GetJsonAsync(applicant, $"applications/{id}", a => a.Str("dueBy") != "");
        var ops = await Host.ClientForAsync("ops-suspender", ["ops"]);
        Assert.DoesNotContain(await SuspendedIdsAsync(ops), i => i == id);

        Assert.Equal(
            HttpStatusCode.Accepted, (await ops.PostAsync($"ops/instances/application-{id}/suspend", null)).StatusCode);
        await Eventually.GetJsonAsync(ops, $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Suspended");

        var listed = (await ops.GetFromJsonAsync<JsonElement>("ops/cases/suspended")).GetProperty("items")
            .EnumerateArray().Single(i => i.Str("id") == id);
        Assert.Equal(("application", "hrss-review", "Suspended", $"application-{id}"),
            (listed.Str("kind"), listed.Str("stage"), listed.Str("runtimeStatus"), listed.Str("instanceId")));
        Assert.DoesNotContain((await ops.GetFromJsonAsync<JsonElement>("ops/cases/stranded")).GetProperty("items")
            .EnumerateArray(), i => i.Str("id") == id);

        Assert.Equal(
            HttpStatusCode.Accepted, (await ops.PostAsync($"ops/instances/application-{id}/resume", null)).StatusCode);
        await Eventually.GetJsonAsync(ops, $"ops/instances/application-{id}",
            d => d.GetProperty("instance").Str("runtimeStatus") == "Running");
        Assert.DoesNotContain(await SuspendedIdsAsync(ops), i => i == id);
    }

    private static async Task<List<string>> SuspendedIdsAsync(HttpClient ops) =>
        [.. (await ops.GetFromJsonAsync<JsonElement>("ops/cases/suspended")).GetProperty("items").EnumerateArray()
            .Select(i => i.Str("id"))];
}
