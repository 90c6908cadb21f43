using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public class PublicityRosterTests(JourneyHost fixture)
{
    private LocalHostUnderTest Host => fixture.Host;

    [Fact]
    public async Task Roster_UnderPublicity_ListsMaskedEntryWithoutPersonalData()
    {
        var idNumber = IdNumbers.New();
        var (_, id, rosterId) = await InPublicityAsync(idNumber);

        var response = await Host.Anonymous.GetAsync("publicity?office=tianhe&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var entry = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.Str("rosterId") == rosterId);
        Assert.Equal("李*龙", entry.Str("maskedName"));
        Assert.Equal((idNumber[16] - '0') % 2 == 1 ? "male" : "female", entry.Str("gender"));
        Assert.Equal("bachelor", entry.Str("degree"));
        Assert.Equal("district", entry.GetProperty("office").Str("level"));
        Assert.Equal("tianhe", entry.GetProperty("office").Str("district"));
        Assert.True(
            DateOnly.Parse(entry.GetProperty("publicity").Str("end"))
                > DateOnly.Parse(entry.GetProperty("publicity").Str("start")));
        Assert.DoesNotContain(idNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14], text, StringComparison.Ordinal); // the birth date
        Assert.DoesNotContain("4401**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("8000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(id[1..], rosterId, StringComparison.Ordinal);

        var again = new HttpRequestMessage(HttpMethod.Get, "publicity?office=tianhe&pageSize=100");
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(response.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, (await Host.Anonymous.SendAsync(again)).StatusCode);
        var other = await Host.Anonymous.GetFromJsonAsync<JsonElement>("publicity?office=nansha&pageSize=100");
        Assert.DoesNotContain(other.GetProperty("items").EnumerateArray(), i => i.Str("rosterId") == rosterId);
    }

    [Fact]
    public async Task RosterObjection_Upheld_HoldsThenRejectsAndUnlists()
    {
        var (applicant, id, rosterId) = await InPublicityAsync(IdNumbers.New());
        await ProblemAssert.IsProblemAsync(await Host.Anonymous.PostAsJsonAsync($"publicity/{rosterId}/objections",
            new { reason = "不实", contact = "x@y.cn" }), HttpStatusCode.Unauthorized, "unauthorized");
        var objector = await Host.ClientForAsync("roster-citizen-" + Guid.NewGuid().ToString("N")[..6], ["applicant"]);
        var filed = await Json.PostOkAsync(objector, $"publicity/{rosterId}/objections",
            new { reason = "该人员实际未在该单位工作", contact = "13912345678" }, HttpStatusCode.Created);
        var held = await ApplicationFlows.AtStageAsync(applicant, id, "objection-review");
        Assert.Equal(filed.Str("objectionId"), held.GetProperty("objections")[0].Str("objectionId"));

        var reviewer = await ApplicationFlows.ReviewerAsync(Host, "tianhe");
        await Json.PostOkAsync(reviewer, $"applications/{id}/objections/{filed.Str("objectionId")}/resolution",
            new { upheld = true, note = "经核实异议成立" }, HttpStatusCode.Accepted);
        await ApplicationFlows.AtStageAsync(applicant, id, "rejected");

        await Eventually.TrueAsync(
            async () => !(await Host.Anonymous.GetStringAsync("publicity?pageSize=100"))
                .Contains(rosterId, StringComparison.Ordinal),
            "the rejected application leaves the roster");
        await ProblemAssert.IsProblemAsync(await objector.PostAsJsonAsync($"publicity/{rosterId}/objections",
            new { reason = "再次提出异议", contact = "x@y.cn" }), HttpStatusCode.Conflict, "publicity-not-running");
        await ProblemAssert.IsProblemAsync(
            await objector.PostAsJsonAsync(
                "publicity/PR20260101XBCDFGHJKLMNPQRS/objections", new { reason = "再次提出异议", contact = "x@y.cn" }),
            HttpStatusCode.NotFound,
            "roster-entry-not-found");
    }

    [Fact]
    public async Task Roster_BadQuery_FieldsNamed()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Host.Anonymous.GetAsync("publicity?office=mars&from=2026-13-01"),
            HttpStatusCode.BadRequest,
            "validation-failed");
        ProblemAssert.NamesField(problem, "office");
        ProblemAssert.NamesField(problem, "from");
    }

    private async Task<(HttpClient Applicant, string Id, string RosterId)> InPublicityAsync(string idNumber)
    {
        var applicant = await ApplicationFlows.ApplicantAsync(Host, idNumber);
        var (id, _) = await ApplicationFlows.SubmitAsync(applicant, "E-DEMO-TECH", "smart", idNumber);
        await ApplicationFlows.AtStageAsync(applicant, id, "publicity");
        await Eventually.GetJsonAsync(
            applicant,
            $"applications/{id}",
            a => a.TryGetProperty("publicity", out var p) && p.ValueKind == JsonValueKind.Object);
        return (applicant, id, await fixture.RosterIdOfAsync(id));
    }
}
