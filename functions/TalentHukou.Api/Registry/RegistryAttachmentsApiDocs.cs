using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="RegistryAttachmentsApi"/>'s routes, by route name.</summary>
internal static class RegistryAttachmentsApiDocs
{
    public static ApiDoc GetRegistryAttachment { get; } = new(
        "One attachment of a registry request (its requester and registry admins only)")
    {
        MediaType = "application/octet-stream",
    };
}
