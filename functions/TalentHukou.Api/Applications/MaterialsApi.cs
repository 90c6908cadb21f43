using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>GET /applications/{id}/materials/{materialId}</c>: a supporting document, streamed from private storage to the
/// owner, the scoped reviewer and the unit admin of the applicant's unit (by claim or by the registry's grant) only.
/// </summary>
public static class MaterialsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetApplicationMaterial", "GET", "applications/{applicationId}/materials/{materialId}", Access.SignedIn,
            Handle.With<ApplicationServices>(Download)) { Doc = MaterialsApiDocs.GetApplicationMaterial },
    ];

    public static async Task<IResult> Download(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications, grants: services.UnitAdmins);
        if (problem is not null) return problem;
        var reader = ApplicationAccess.IsOwner(request.Caller, record!)
            || ApplicationAccess.IsScopedReviewer(request.Caller, record!)
            || ApplicationAccess.IsUnitAdmin(request.Caller, record!)
            || await services.UnitAdmins.IsGrantedAsync(
                record!.Employer.EmployerId, request.Caller.Subject, request.Aborted);
        if (!reader)
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, $"No application {record!.ApplicationId} is visible to you.");
        var materialId = request.RouteValue("materialId");
        var file = record!.MaterialsDeletedAt is null && record.Materials.Any(m => m.MaterialId == materialId)
            ? await services.Blobs.OpenReadAsync(
                StorageNames.ApplicationMaterialsContainer, materialId, request.Aborted)
            : null;
        if (file is null)
            return Problems.Problems.Result(
                ApplicationProblems.MaterialNotFound,
                $"Application {record.ApplicationId} has no material with this materialId.");
        return PrivateFile.Result(request, file, materialId);
    }
}
