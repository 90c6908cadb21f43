using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Registry;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>Seed Q4: search schools (毕业院校) and their majors (专业) by exact full name.</summary>
public static class SchoolRegistryApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("SearchSchools", "GET", "registry/schools", Access.SignedIn, Handle.With<SchoolDirectory>(SearchSchools))
        {
            Doc = SchoolRegistryApiDocs.SearchSchools,
        },
        new("SearchMajors", "GET", "registry/majors", Access.SignedIn,
            Handle.With<SchoolRegistryServices>(SearchMajors)) { Doc = SchoolRegistryApiDocs.SearchMajors },
        .. SchoolRequestsApi.Routes,
    ];

    public static async Task<IResult> SearchSchools(ApiRequest request, SchoolDirectory schools)
    {
        var query = request.Query();
        var name = query.Text(Input.QueryFilters.RegistryName);
        query.ThrowIfInvalid();
        var found = await schools.FindByNameAsync(name!, request.Aborted);
        if (found.Count == 0)
            return Problems.Problems.Result(RegistryProblems.SchoolNotFound,
                "No approved school has exactly this full name. "
                    + "Enter the complete name as on the certificate, or file an add-request.",
                extra: new { addRequest = SchoolRequestsApi.SchoolRequestRoute });
        return TypedResults.Ok(found.Select(SchoolView.From).ToList());
    }

    public static async Task<IResult> SearchMajors(ApiRequest request, SchoolRegistryServices services)
    {
        var query = request.Query();
        var name = query.Text(Input.QueryFilters.RegistryName);
        var schoolId = query.Text(SchoolRegistryApiDocs.SchoolId);
        query.ThrowIfInvalid();
        if (await services.Schools.GetAsync(schoolId!, request.Aborted) is null)
            return Problems.Problems.Result(RegistryProblems.SchoolNotFound, "No school has this schoolId.",
                new Dictionary<string, string[]> { ["schoolId"] = ["院校不存在"] },
                extra: new { addRequest = SchoolRequestsApi.SchoolRequestRoute });
        var major = await services.Majors.FindByNameAsync(schoolId!, name!, request.Aborted);
        if (major is null)
            return Problems.Problems.Result(RegistryProblems.MajorNotFound,
                "This school has no approved major with exactly this full name. "
                    + "Enter the complete name as on the certificate, or file an add-request.",
                extra: new { addRequest = SchoolRequestsApi.MajorRequestRoute });
        return TypedResults.Ok(new[] { MajorView.From(major) });
    }
}
