using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.OpenApi;

/// <summary><c>GET /openapi.json</c>: the contract as OpenAPI 3.1, generated from the route table.</summary>
public static class OpenApiEndpoint
{
    private static readonly Lazy<string> Document = new(() => OpenApiDocumentBuilder.BuildJson(ApiRouteTable.All));

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetOpenApi", "GET", "openapi.json", Access.Anyone,
            _ => Task.FromResult<IResult>(TypedResults.Text(Document.Value, "application/json")))
        {
            Doc = OpenApiEndpointDocs.GetOpenApi,
        },
    ];
}
