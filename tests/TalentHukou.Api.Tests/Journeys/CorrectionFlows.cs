using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Journeys;

/// <summary>Submissions with materials, returns and corrections, as the front ends and reviewers send them.</summary>
internal static class CorrectionFlows
{
    /// <summary>A multipart submission: the JSON fields as the <c>application</c> part, plus the given files.</summary>
    public static async Task<HttpResponseMessage> SubmitWithMaterialsAsync(
        HttpClient applicant, string employerId, string mode, params FilePart[] files) =>
        await applicant.PostAsync("applications", Multipart.Form(
            new
            {
                application = JsonSerializer.Serialize(await ApplicationFlows.BodyAsync(applicant, employerId, mode))
            },
            files));

    /// <summary>
    /// Returns the application (retrying while its process is still starting) and waits for stage returned.
    /// </summary>
    public static async Task<JsonElement> ReturnAsync(
        HttpClient reviewer, HttpClient applicant, string id, object[] items)
    {
        await Eventually.TrueAsync(
            async () => (await reviewer.PostAsJsonAsync($"applications/{id}/return", new { items })).StatusCode
                == HttpStatusCode.Accepted,
            "the return is taken");
        return await ApplicationFlows.AtStageAsync(applicant, id, "returned");
    }

    public static async Task<JsonElement> WaitingAtReviewAsync(
        HttpClient applicant, string id, string stage = "hrss-review") =>
        await Eventually.GetJsonAsync(
            applicant, $"applications/{id}", a => a.Str("stage") == stage && a.Str("dueBy") != "");
}
