using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Flows;

/// <summary>Builds applications and moves them through the process as the front ends and reviewers would.</summary>
public static class ApplicationFlows
{
    public static async Task<(string SchoolId, string MajorId)> ComputerScienceAtSysuAsync(HttpClient client)
    {
        var schools = await client.GetFromJsonAsync<JsonElement>(
            $"registry/schools?name={Uri.EscapeDataString("中山大学")}");
        var schoolId = schools[0].Str("schoolId");
        var majors = await client.GetFromJsonAsync<JsonElement>(
            $"registry/majors?name={Uri.EscapeDataString("计算机科学与技术")}&schoolId={schoolId}");
        return (schoolId, majors[0].Str("majorId"));
    }

    /// <summary>
    /// A submission body. With <paramref name="phoneVerificationId"/> (a confirmed verification of <paramref
    /// name="phone"/>), SMS notices go to that number too.
    /// </summary>
    public static async Task<object> BodyAsync(
        HttpClient client, string employerId, string mode, string? idNumber = null, string degree = "bachelor",
        string graduationDate = "2018-07-01", string email = "applicant@example.cn", string phone = "13800138000",
        string? phoneVerificationId = null)
    {
        var (schoolId, majorId) = await ComputerScienceAtSysuAsync(client);
        return new
        {
            applicant = new
            {
                name = "李小龙",
                idNumber = idNumber ?? VerifiedIdentities.Of(client) ?? IdNumbers.New(),
                phone,
                email,
            },
            employerId,
            education = new { schoolId, majorId, degree, graduationDate, certificateNo = "105581201805001234" },
            approvalMode = mode,
            phoneVerificationId,
        };
    }

    /// <summary>Submits and returns (id, the 202 body).</summary>
    public static async Task<(string Id, JsonElement Accepted)> SubmitAsync(
        HttpClient applicant,
        string employerId,
        string mode,
        string? idNumber = null,
        string email = "applicant@example.cn")
    {
        var accepted = await Json.PostOkAsync(
            applicant,
            "applications",
            await BodyAsync(applicant, employerId, mode, idNumber, email: email),
            HttpStatusCode.Accepted);
        return (accepted.Str("applicationId"), accepted);
    }

    public static Task<JsonElement> AtStageAsync(HttpClient client, string id, string stage, int seconds = 90) =>
        Eventually.GetJsonAsync(client, $"applications/{id}", a => a.Str("stage") == stage, seconds);

    public static async Task<HttpClient> ReviewerAsync(IApiUnderTest host, string scope) =>
        await host.ClientForAsync($"reviewer-{scope}", ["reviewer"], hrss: scope);

    /// <summary>An applicant whose verified ID number is <paramref name="idNumber"/> (or a fresh one).</summary>
    public static async Task<HttpClient> ApplicantAsync(IApiUnderTest host, string? idNumber = null) =>
        await host.ClientForAsync("applicant-" + Guid.NewGuid().ToString("N")[..8], ["applicant"], idNumber: idNumber);
}
