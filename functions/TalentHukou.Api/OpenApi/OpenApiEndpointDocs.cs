

namespace TalentHukou.Api.OpenApi;

/// <summary>The OpenAPI words of <see cref="OpenApiEndpoint"/>'s routes, by route name.</summary>
internal static class OpenApiEndpointDocs
{
    public static ApiDoc GetOpenApi { get; } = new(
        "The OpenAPI 3.1 document of this API")
    { MediaType = "application/json" };
}
