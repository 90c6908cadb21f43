using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="SchoolRegistryApi"/>'s routes, by route name.</summary>
internal static class SchoolRegistryApiDocs
{
    internal static readonly QueryParameter SchoolId = QueryParameter.Text("schoolId", 64,
        "院校编号。The school's id, from GET /registry/schools.") with
    {
        Required = true,
    };

    public static ApiDoc SearchSchools { get; } = new(
        "Exact full-name school search (未找到相关院校 when none)",
        Response: typeof(List<SchoolView>))
    {
        Query = [QueryFilters.RegistryName],
        Problems = [404],
    };

    public static ApiDoc SearchMajors { get; } = new(
        "Exact full-name major search within a school (未找到相关专业 when none)",
        Response: typeof(List<MajorView>))
    {
        Query = [QueryFilters.RegistryName, SchoolId],
        Problems = [404],
    };
}
