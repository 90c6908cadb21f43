using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Calendar;

/// <summary>
/// Deadlines that count days in 2027, which has no notice yet: statutory days applied, flagged provisional.
/// </summary>
public class ProvisionalDeadlineTests
{
    [Fact]
    public async Task Publicity_Crossing2027_SkipsNewYearsDayEndsThenAndSaysProvisional()
    {
        // 5000×: a business hour passes in 0.72 s, so the smart path reaches publicity on 12-29 (Tuesday), and the
        // publicity (30, 31 December, then 4, 5, 6 January: 1 January is 元旦 by law) ends about two real minutes later.
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "5000" });
        (await host.Anonymous.PostAsJsonAsync(
                "dev/clock", new { businessNow = "2026-12-29T00:10:00+08:00", acceleration = 5000 }))
            .EnsureSuccessStatusCode();
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var registry = await Json.PostOkAsync(applicant, "registry/employer-requests",
            Registry.EmployerRegistryTests.NewEmployer("广州跨年公示测试有限公司"), HttpStatusCode.Accepted);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");

        var inPublicity = await Eventually.GetJsonAsync(applicant, $"applications/{id}",
            a => a.GetProperty("publicity").ValueKind != JsonValueKind.Null);
        var publicity = inPublicity.GetProperty("publicity");
        // Counted by hand from the day the publicity started (12-30 unless the host was slow: the process keeps the
        // clock it started with), each past 元旦.
        var endOf = new Dictionary<string, string>
        {
            ["2026-12-30"] = "2027-01-06",
            ["2026-12-31"] = "2027-01-07",
            ["2027-01-04"] = "2027-01-08",
        };
        Assert.True(
            endOf.TryGetValue(publicity.Str("start"), out var expectedEnd), $"started {publicity.Str("start")}");
        Assert.Equal(expectedEnd, publicity.Str("end"));
        var endsAt = DateTimeOffset.Parse($"{expectedEnd}T17:30:00+08:00");
        Assert.Equal(endsAt, DateTimeOffset.Parse(publicity.Str("endsAt")));
        Assert.True(publicity.GetProperty("endProvisional").GetBoolean());
        // Filed on 12-29, due 12-30: counted within 2026's notice, so no flag.
        Assert.Equal(DateTimeOffset.Parse("2026-12-30T17:30:00+08:00"), DateTimeOffset.Parse(registry.Str("dueBy")));
        Assert.False(registry.TryGetProperty("dueByProvisional", out var flag) && flag.ValueKind == JsonValueKind.True);

        var ended = await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card", 240);
        var end = ended.GetProperty("timeline").EnumerateArray().Single(t => t.Str("event") == "publicity-ended");
        Assert.True(
            DateTimeOffset.Parse(end.Str("at")) >= endsAt, $"publicity ended at {end.Str("at")}, before its end");
    }
}
