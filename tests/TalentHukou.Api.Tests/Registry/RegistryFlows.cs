using System.Net;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Registry;

/// <summary>Registry steps other tests build on.</summary>
public static class RegistryFlows
{
    /// <summary>Files an add-request and approves it; returns the new employer's id.</summary>
    public static async Task<string> AddApprovedEmployerAsync(HttpClient applicant, HttpClient admin, object employer)
    {
        var accepted = await Json.PostOkAsync(
            applicant, "registry/employer-requests", employer, HttpStatusCode.Accepted);
        var decided = await Json.PostOkAsync(
            admin,
            $"registry/requests/{accepted.Str("requestId")}/decision",
            new { approve = true },
            HttpStatusCode.OK);
        return decided.Str("resultId");
    }
}
