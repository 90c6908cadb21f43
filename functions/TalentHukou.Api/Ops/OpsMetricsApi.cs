using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Ops;

/// <summary>
/// What ops watches: applications by stage, what is overdue, the public-security reconciliation backlog.
/// </summary>
public static class OpsMetricsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsMetrics", "GET", "ops/metrics", Access.RolesOf(Roles.Ops), Handle.With<OpsServices>(Metrics))
        {
            Doc = OpsMetricsApiDocs.OpsMetrics,
        },
        new("OpsPage", "GET", "ops", Access.Anyone,
            Handle.With<OpsConsoleServices>((_, s) => Task.FromResult(OpsPage.Result(s))))
        {
            Doc = OpsMetricsApiDocs.OpsPage,
        },
        new("OpsConsoleConfig", "GET", "ops/console-config", Access.Anyone,
            Handle.With<OpsConsoleServices>(
                (_, s) => Task.FromResult(OpsConsoleConfig.Answer(s.Options, s.Environment))))
        {
            Doc = OpsMetricsApiDocs.OpsConsoleConfig,
        },
    ];

    public static async Task<IResult> Metrics(ApiRequest request, OpsServices services)
    {
        var now = services.Clock.UtcNow;
        var byStage = await services.Applications.CountByStageAsync(request.Aborted);
        var metrics = new Dictionary<string, object>
        {
            ["businessTime"] = now,
            ["applicationsByStage"] = Enum.GetValues<ApplicationStage>()
                .ToDictionary(StageNames.Wire, s => byStage.GetValueOrDefault(s)),
            ["escalatedReviews"] = await services.Applications.CountEscalatedWaitingAsync(request.Aborted),
            ["overdueRegistryRequests"] = await services.RegistryRequests.CountOverdueAsync(now, request.Aborted),
            ["psbReconciliationBacklog"] = byStage.GetValueOrDefault(ApplicationStage.PsbReconciliation),
        };
        foreach (var source in services.MetricSources)
            metrics[source.Name] = await source.ReadAsync(request.Aborted);
        return TypedResults.Ok(metrics);
    }
}

/// <summary>
/// A figure another area contributes to <c>/ops/metrics</c> (escalated reviews, overdue tickets, the email outbox).
/// </summary>
public interface IOpsMetricSource
{
    string Name { get; }

    Task<object> ReadAsync(CancellationToken ct);
}
