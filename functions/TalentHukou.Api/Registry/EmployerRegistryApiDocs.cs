using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="EmployerRegistryApi"/>'s routes, by route name.</summary>
internal static class EmployerRegistryApiDocs
{
    public static ApiDoc SearchEmployers { get; } = new(
        "Exact full-name employer search (无符合条件的记录 when none)",
        Response: typeof(List<EmployerView>))
    {
        Query = [QueryFilters.RegistryName],
        Problems = [404],
    };

    public static ApiDoc FileEmployerRequest { get; } = new(
        "Request an employer to be added or modified (decided within 1 working day)",
        typeof(EmployerRequestBody), typeof(RegistryRequestAccepted), 202)
    {
        Problems = [409],
    };
}
