using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="SchoolRegistryApi"/>'s routes, by route name.</summary>
internal static class SchoolRegistryApiDocs
{
    public static ApiDoc SearchSchools { get; } = new(
        "Exact full-name school search (未找到相关院校 when none)",
        Response: typeof(List<SchoolView>))
    {
        Query = ["name"],
        Problems = [404],
    };

    public static ApiDoc SearchMajors { get; } = new(
        "Exact full-name major search within a school (未找到相关专业 when none)",
        Response: typeof(List<MajorView>))
    {
        Query = ["name", "schoolId"],
        Problems = [404],
    };
}
