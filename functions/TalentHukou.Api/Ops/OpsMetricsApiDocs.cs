using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsMetricsApi"/>'s routes, by route name.</summary>
internal static class OpsMetricsApiDocs
{
    public static ApiDoc OpsMetrics { get; } = new(
        "Counts by stage, overdue requests and reviews, reconciliation and email backlogs",
        Response: typeof(Dictionary<string, object>));

    public static ApiDoc OpsPage { get; } = new(
        "A small HTML page over the ops API")
    {
        MediaType = "text/html",
    };

    public static ApiDoc OpsConsoleConfig { get; } = new(
        "How the ops page signs an operator in: the Entra ID authority, client id and scope (no secrets), and "
        + "whether a dev token serves (Development)",
        Response: typeof(OpsConsoleConfig));
}
