using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Applications;

public class PublicityCalendarTests
{
    [Fact]
    public async Task Publicity_SpanningSpringFestival2026_EndsOnTheRightDate()
    {
        await using var host = await LocalHostUnderTest.StartAsync(
            settings: new Dictionary<string, string?> { ["Clock:Acceleration"] = "600" });
        // 2026-02-11 09:00 in Guangzhou; at 600× the date stays 02-11 for over a minute of real time.
        var clock = await host.Anonymous.PostAsJsonAsync(
            "dev/clock", new { businessNow = "2026-02-11T09:00:00+08:00" });
        Assert.Equal(HttpStatusCode.OK, clock.StatusCode);
        var applicant = await ApplicationFlows.ApplicantAsync(host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        var inPublicity = await Eventually.GetJsonAsync(
            applicant,
            $"applications/{id}",
            a => a.GetProperty("publicity").ValueKind != System.Text.Json.JsonValueKind.Null);
        var publicity = inPublicity.GetProperty("publicity");
        Assert.Equal("2026-02-12", publicity.Str("start"));
        Assert.Equal("2026-02-25", publicity.Str("end")); // 12, 13, 14 (调休), then Spring Festival to 23, then 24, 25
        Assert.Equal(DateTimeOffset.Parse("2026-02-25T17:30:00+08:00"), DateTimeOffset.Parse(publicity.Str("endsAt")));
    }

    [Fact]
    public async Task Publicity_HostRestartedDuringIt_CompletesAfterRestart()
    {
        var names = HostNames.New();
        var settings = new Dictionary<string, string?> { ["Clock:Acceleration"] = "40000" }; // 5 working days ≈ 15–25 s
        string id;
        string owner = "restart-owner-" + Guid.NewGuid().ToString("N")[..6];
        await using (var first = await LocalHostUnderTest.StartAsync(names, settings))
        {
            var applicant = await first.ClientForAsync(owner, ["applicant"]);
            (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
            await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        }
        await using var second = await LocalHostUnderTest.StartAsync(names, settings);
        var sameApplicant = await second.ClientForAsync(owner, ["applicant"]);
        var done = await ApplicationFlows.AtStageAsync(sameApplicant, id, "awaiting-card", 150);
        Assert.Contains(done.GetProperty("timeline").EnumerateArray(), t => t.Str("event") == "publicity-ended");
    }
}
