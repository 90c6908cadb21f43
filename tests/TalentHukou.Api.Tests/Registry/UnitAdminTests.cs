using System.Net;
using System.Net.Http.Json;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

[Collection(SharedHostCollection.Name)]
public class UnitAdminTests(SharedHost shared)
{
    private LocalHostUnderTest Host => shared.Host;

    private const string IdNumber = "11010519491231002X";

    private static object Body(string employerId) => new
    {
        employerId,
        applicantName = "王小明",
        idNumber = IdNumber,
        phone = "13812345678",
        email = "wang@example.cn",
    };

    [Theory]
    [InlineData("E-DEMO-GOV")]   // government agency
    [InlineData("E-DEMO-HOSP")]  // public institution
    public async Task Request_GovernmentOrPublicInstitution_AcceptedAndApprovable(string employerId)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"], idNumber: IdNumber);
        var admin = await Host.ClientForAsync("admin-1", ["registry-admin"]);
        var accepted = await Json.PostOkAsync(
            applicant, "unit-admins/requests", Body(employerId), HttpStatusCode.Accepted);
        var id = accepted.Str("requestId");
        var progress = await applicant.GetFromJsonAsync<System.Text.Json.JsonElement>($"registry/requests/{id}");
        Assert.Equal("unit-admin", progress.Str("type"));
        Assert.DoesNotContain("11010519491231002X", progress.ToString());
        // The registry route does not decide unit-admin requests; the unit-admin route does.
        await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync($"registry/requests/{id}/decision", new { approve = true }),
            HttpStatusCode.NotFound,
            "registry-request-not-found");
        var decided = await Json.PostOkAsync(
            admin, $"unit-admins/requests/{id}/decision", new { approve = true }, HttpStatusCode.OK);
        Assert.Equal(employerId, decided.Str("resultId"));
    }

    [Theory]
    [InlineData("E-DEMO-TECH", "district", "tianhe", "天河区人社局")]
    [InlineData("E-DEMO-METRO", "city", null, "市人社局")]
    public async Task Request_OtherKinds_422ExplainingPersonalPermissionAndRoute(
        string employerId, string level, string? district, string office)
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"], idNumber: IdNumber);
        var problem = await ProblemAssert.IsProblemAsync(
            await applicant.PostAsJsonAsync("unit-admins/requests", Body(employerId)),
            HttpStatusCode.UnprocessableEntity,
            "unit-admin-not-needed");
        Assert.Contains("个人权限", problem.Str("title"));
        Assert.Contains(office, problem.Str("title"));
        Assert.Equal(level, problem.GetProperty("route").Str("level"));
        Assert.Equal(district ?? "", problem.GetProperty("route").Str("district"));
    }

    [Fact]
    public async Task Request_InvalidPersonalData_EachFieldNamed()
    {
        var applicant = await Host.ClientForAsync("applicant-" + Guid.NewGuid(), ["applicant"], idNumber: IdNumber);
        var response = await applicant.PostAsJsonAsync("unit-admins/requests", new
        {
            employerId = "E-DEMO-GOV",
            applicantName = "X1",
            idNumber = "110105194912310021",
            phone = "12812345678",
            email = "not-an-email",
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "applicantName", "idNumber", "phone", "email" })
            ProblemAssert.NamesField(problem, field);
    }
}
