using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Applications;

[Collection(SharedHostCollection.Name)]
public class ApplicationPathTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    [Fact]
    public async Task SmartPath_ChecksThenPublicityThenAwaitingCard()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart");
        Assert.Equal("publicity", accepted.Str("stage"));
        var awaiting = await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");
        var events = awaiting.GetProperty("timeline").EnumerateArray()
            .Where(t => t.Str("event") != "notice")
            .Select(t => t.Str("event"))
            .ToList();
        Assert.Equal(["submitted", "smart-checks-passed", "publicity-started", "publicity-ended"], events.Take(4));
        Assert.NotEqual("", awaiting.Str("cardDeadline"));
        var publicity = awaiting.GetProperty("publicity");
        Assert.True(DateOnly.Parse(publicity.Str("end")) > DateOnly.Parse(publicity.Str("start")));
        Assert.Equal("138****8000", awaiting.GetProperty("applicant").Str("phone"));
        Assert.Matches(@"^4401\*{10}\d{3}[\dX]$", awaiting.GetProperty("applicant").Str("idNumber"));
    }

    [Fact]
    public async Task ManualPath_DistrictReviewThenPublicityThenCardOffice()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "manual");
        Assert.Equal("hrss-review", accepted.Str("stage"));
        Assert.Equal("district", accepted.GetProperty("route").Str("level"));
        Assert.Equal("tianhe", accepted.GetProperty("route").Str("district"));

        var wrongDistrict = await ApplicationFlows.ReviewerAsync(Host, "haizhu");
        await ProblemAssert.IsProblemAsync(
            await wrongDistrict.GetAsync($"applications/{id}"), HttpStatusCode.NotFound, "application-not-found");
        await ProblemAssert.IsProblemAsync(
            await wrongDistrict.PostAsJsonAsync($"applications/{id}/review", new { approve = true }),
            HttpStatusCode.NotFound,
            "application-not-found");

        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await ProblemAssert.IsProblemAsync(
            await reviewer.PostAsJsonAsync(
                $"applications/{id}/objections/OBX/resolution", new { upheld = true, note = "x" }),
            HttpStatusCode.NotFound,
            "objection-not-found");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await reviewer.PostAsJsonAsync(
                $"applications/{id}/review", new { approve = true, reason = "材料齐全" })).StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "awaiting-card");

        var drc = await Host.ClientForAsync("drc-1", ["drc"]);
        Assert.Equal(HttpStatusCode.Accepted, (await drc.PostAsync($"applications/{id}/card/issue", null)).StatusCode);
        var listed = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>("applications?pageSize=100");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.Str("applicationId") == id);
    }

    [Fact]
    public async Task UnitReview_GovernmentEmployer_UnitAdminDecidesFirst()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, accepted) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-GOV", "manual");
        Assert.Equal("unit-review", accepted.Str("stage"));
        var otherUnit = await Host.ClientForAsync("ua-2", ["unit-admin"], unit: "E-DEMO-HOSP");
        await ProblemAssert.IsProblemAsync(
            await otherUnit.PostAsJsonAsync($"applications/{id}/unit-review", new { approve = true }),
            HttpStatusCode.NotFound,
            "application-not-found");
        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "yuexiu");
        var early = await reviewer.PostAsJsonAsync($"applications/{id}/review", new { approve = true });
        Assert.Equal(
            "unit-review",
            (await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict, "wrong-stage")).Str("currentStage"));

        var unitAdmin = await Host.ClientForAsync("ua-1", ["unit-admin"], unit: "E-DEMO-GOV");
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await unitAdmin.PostAsJsonAsync(
                $"applications/{id}/unit-review", new { approve = true, reason = "同意" })).StatusCode);
        await ApplicationFlows.AtStageAsync(applicant, id, "hrss-review");
        var unitList = await unitAdmin.GetFromJsonAsync<System.Text.Json.JsonElement>("applications");
        Assert.Contains(unitList.GetProperty("items").EnumerateArray(), a => a.Str("applicationId") == id);
    }

    [Theory]
    [InlineData("E-DEMO-METRO", "city", "")]
    [InlineData("E-DEMO-TECH", "district", "tianhe")]
    [InlineData("E-DEMO-HAIZHU", "district", "haizhu")]
    public async Task Routing_SasacToCity_OthersToTheirDistrict(string employerId, string level, string district)
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (_, accepted) = await ApplicationFlows.SubmitAsync(applicant, employerId, "manual");
        Assert.Equal(level, accepted.GetProperty("route").Str("level"));
        Assert.Equal(district, accepted.GetProperty("route").Str("district"));
    }

    [Fact]
    public async Task HrssReview_Rejected_EndsRejectedWithReason()
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-METRO", "manual");
        var city = await ApplicationFlows.ReviewerAsync(Host, "city");
        await city.PostAsJsonAsync($"applications/{id}/review", new { approve = false, reason = "学历证书信息不符" });
        var rejected = await ApplicationFlows.AtStageAsync(applicant, id, "rejected");
        Assert.Equal("学历证书信息不符", rejected.Str("reason"));
        // A closed application frees the ID number for a new one.
    }
}
