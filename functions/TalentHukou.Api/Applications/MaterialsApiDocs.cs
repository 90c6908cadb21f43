using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Applications;

/// <summary>The OpenAPI words of <see cref="MaterialsApi"/>'s routes, by route name.</summary>
internal static class MaterialsApiDocs
{
    public static ApiDoc GetApplicationMaterial { get; } = new(
        "One supporting document of an application (its applicant, the scoped reviewer and the unit admin only)")
    {
        MediaType = "application/octet-stream",
    };
}
