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
        // Two clock anchors, one per process (each keeps the anchor it started with). The registry request is filed
        // at 600× from the first minutes of Tuesday 12-29, so it is filed that day (35 s of real time). The clock is
        // then set back to the first minutes of Friday 12-25 at 20000× for the application (the host's clock only
        // serves the requests from then on): the smart path reaches publicity on the 25th (or any day up to 3 January:
        // 39 s of real time), so the publicity starts between 28 December and 4 January and crosses 元旦 (1 January,
        // a day off by law). It ends some 46 s later, rather than the 2.5 minutes one anchor at 5000× took for both.
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "600" });
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var body = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart");
        await SetClockAsync(host, "2026-12-29T00:10:00+08:00", 600);
        var registry = await Json.PostOkAsync(applicant, "registry/employer-requests",
            Registry.EmployerRegistryTests.NewEmployer("广州跨年公示测试有限公司"), HttpStatusCode.Accepted);
        await SetClockAsync(host, "2026-12-25T00:10:00+08:00", 20000);
        var id = (await Json.PostOkAsync(applicant, "applications", body, HttpStatusCode.Accepted))
            .Str("applicationId");

        var inPublicity = await Eventually.GetJsonAsync(applicant, $"applications/{id}",
            a => a.GetProperty("publicity").ValueKind != JsonValueKind.Null);
        var publicity = inPublicity.GetProperty("publicity");
        // Counted by hand from the day the publicity started (12-28 unless the host was slow: the process keeps the
        // clock it started with), each past 元旦.
        var endOf = new Dictionary<string, string>
        {
            ["2026-12-28"] = "2027-01-04",
            ["2026-12-29"] = "2027-01-05",
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

    private static async Task SetClockAsync(LocalHostUnderTest host, string businessNow, int acceleration) =>
        (await host.Anonymous.PostAsJsonAsync("dev/clock", new { businessNow, acceleration }))
            .EnsureSuccessStatusCode();
}
