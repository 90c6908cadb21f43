using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="UnitAdminApi"/>'s routes, by route name.</summary>
internal static class UnitAdminApiDocs
{
    public static ApiDoc FileUnitAdminRequest { get; } = new(
        "Request legal-entity unit admin permission (government agencies and public institutions only; 422 "
        + "otherwise)",
        typeof(UnitAdminRequestBody), typeof(RegistryRequestAccepted), 202)
    {
        Problems = [422],
    };

    public static ApiDoc DecideUnitAdminRequest { get; } = new(
        "Approve or reject a unit admin permission request",
        typeof(DecisionBody), typeof(RegistryRequestView))
    {
        Problems = [409],
    };
}
