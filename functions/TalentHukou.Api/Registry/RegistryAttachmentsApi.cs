using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Api.Uploads;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>
/// The documents attached to school and major requests: readable by the requester and registry admins only, streamed
/// from private storage.
/// </summary>
public static class RegistryAttachmentsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetRegistryAttachment", "GET", "registry/requests/{requestId}/attachments/{attachmentId}", Access.SignedIn,
            Handle.With<RegistryRequestServices>(Download)) { Doc = RegistryAttachmentsApiDocs.GetRegistryAttachment },
    ];

    public static async Task<IResult> Download(ApiRequest request, RegistryRequestServices services)
    {
        var found = await services.Requests.GetAsync(request.RouteValue("requestId"), request.Aborted);
        if (found is null
            || (found.RequesterSub != request.Caller.Subject && !request.Caller.IsIn(Roles.RegistryAdmin)))
        {
            return Problems.Problems.Result(
                RegistryProblems.RequestNotFound, "No registry request with this id is visible to you.");
        }
        var attachmentId = request.RouteValue("attachmentId");
        var file = found.AttachmentIds.Contains(attachmentId)
            ? await services.Blobs.OpenReadAsync(
                StorageNames.RegistryAttachmentsContainer, attachmentId, request.Aborted)
            : null;
        if (file is null)
            return Problems.Problems.Result(
                RegistryProblems.AttachmentNotFound,
                $"Request {found.RequestId} has no attachment with this attachmentId.");
        return PrivateFile.Result(request, file, attachmentId);
    }
}
