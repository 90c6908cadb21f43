using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Ops;

/// <summary>The case view's API: search by business key (a POST), the case's timeline decoded and masked.</summary>
[Collection(SharedHostCollection.Name)]
public class OpsConsoleApiTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task Search_ApplicationId_FindsTheCaseAndItsInstances()
    {
        var (id, idNumber) = await SubmitAsync();
        var ops = await Host.ClientForAsync("ops-console", ["ops"]);

        var found = await Eventually.PostJsonAsync(ops, "ops/search", new { q = id },
            r => r.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("instanceIds").GetArrayLength() > 1));
        var hit = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal("application", hit.Str("kind"));
        Assert.Equal(id, hit.Str("id"));
        var instances = hit.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal("application-" + id, instances[0]);
        Assert.Contains(instances, i => i.StartsWith("email-", StringComparison.Ordinal));
        Assert.DoesNotContain(idNumber, found.GetRawText());

        var byInstance = await ops.PostAsJsonAsync("ops/search", new { q = "application-" + id });
        Assert.Equal(id, (await Json.ReadAsync(byInstance)).GetProperty("items")[0].Str("id"));
        var none = await ops.PostAsJsonAsync("ops/search", new { q = "NOSUCHAPP1" });
        Assert.Equal(0, (await Json.ReadAsync(none)).GetProperty("items").GetArrayLength());
        await ProblemAssert.IsProblemAsync(
            await ops.PostAsJsonAsync("ops/search", new { q = "" }), HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task Timeline_Application_BusinessDurableAndNoticeLayersDecodedAndMasked()
    {
        var (id, idNumber) = await SubmitAsync();
        var ops = await Host.ClientForAsync("ops-console", ["ops"]);

        var timeline = await Eventually.GetJsonAsync(ops, $"ops/cases/application/{id}/timeline",
            t => Layers(t).Contains("notice")
                && Entries(t).Any(e => e.Str("layer") == "durable" && e.TryGetProperty("durationMs", out _)));
        Assert.Equal(id, timeline.GetProperty("case").Str("id"));
        Assert.False(string.IsNullOrEmpty(timeline.GetProperty("case").Str("office")));
        var submitted = Entries(timeline).First(e => e.Str("layer") == "business" && e.Str("name") == "submitted");
        Assert.Contains("广州", submitted.GetProperty("detail").Str("note"), StringComparison.Ordinal);
        var activity = Entries(timeline).First(e => e.Str("layer") == "durable" && e.Str("status") == "completed");
        Assert.True(activity.GetProperty("durationMs").GetInt64() >= 0);
        var notice = Entries(timeline).First(e => e.Str("layer") == "notice");
        Assert.Equal("email", notice.GetProperty("detail").Str("channel"));
        Assert.Equal("a***@example.cn", notice.GetProperty("detail").Str("to"));

        // Readable fields: every detail value is plain text, never JSON inside a string; personal data masked.
        foreach (var field in Entries(timeline).SelectMany(e => e.GetProperty("detail").EnumerateObject()))
        {
            Assert.Equal(JsonValueKind.String, field.Value.ValueKind);
            Assert.False(field.Value.GetString()!.TrimStart().StartsWith('{'), $"{field.Name}: {field.Value}");
            Assert.DoesNotContain("\\u", field.Value.GetString()!, StringComparison.Ordinal);
        }
        var raw = timeline.GetRawText();
        foreach (var secret in new[] { idNumber, "13800138000", "李小龙", "applicant@example.cn", "105581201805001234" })
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_UnknownKindOrCase_NotFound()
    {
        var ops = await Host.ClientForAsync("ops-console", ["ops"]);
        await ProblemAssert.IsProblemAsync(
            await ops.GetAsync("ops/cases/widget/X1/timeline"), HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(
            await ops.GetAsync("ops/cases/application/NOSUCHAPP1/timeline"), HttpStatusCode.NotFound, "not-found");
        var applicant = await Host.ClientForAsync("x", ["applicant"]);
        await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("ops/search", new { q = "X1" }), HttpStatusCode.Forbidden, "forbidden");
    }

    private async Task<(string Id, string IdNumber)> SubmitAsync()
    {
        var idNumber = IdNumbers.New();
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        return ((await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber)).Id, idNumber);
    }

    private static IEnumerable<JsonElement> Entries(JsonElement timeline) =>
        timeline.GetProperty("entries").EnumerateArray();

    private static HashSet<string> Layers(JsonElement timeline) =>
        Entries(timeline).Select(e => e.Str("layer")).ToHashSet();
}
