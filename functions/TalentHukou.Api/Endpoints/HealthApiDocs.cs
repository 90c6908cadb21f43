using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Endpoints;

/// <summary>The OpenAPI words of <see cref="HealthApi"/>'s routes, by route name.</summary>
internal static class HealthApiDocs
{
    public static ApiDoc GetHealth { get; } = new(
        "Service status; for the ops role, the reachability of storage, the durable backend and the email transport",
        Response: typeof(HealthResponse));
}
