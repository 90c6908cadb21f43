using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Endpoints;

/// <summary>Reachability of what the service depends on: storage, the durable backend, the email transport.</summary>
public static class HealthApi
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The checks without which the service cannot answer (503); any other failing check only degrades it.
    /// </summary>
    private static readonly string[] Critical = ["storage", "durable"];

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetHealth", "GET", "health", Access.Anyone, Handle.With<HealthServices>(Check))
        {
            Doc = HealthApiDocs.GetHealth,
        },
    ];

    public static async Task<IResult> Check(ApiRequest request, HealthServices services)
    {
        var checks = new Dictionary<string, HealthEntry>
        {
            ["storage"] = await Probe(services.Storage.ProbeAsync),
            ["durable"] = await Probe(ct => ProbeDurable(request.Durable, ct)),
        };
        foreach (var probe in services.Probes)
            checks[probe.Name] = await Probe(probe.CheckAsync);
        // Probed regularly by the platform, so the periodic jobs start on Azure even before anyone writes.
        if (checks["durable"].Status == HealthCheckStatus.Ok)
            await services.Periodic.EnsureRunningAsync(request.Durable, request.Aborted);
        var clock = services.Clock;
        var warnings = CalendarWarnings(clock).ToList();
        // Storage and the durable backend carry every request; without email, mail only waits in the outbox.
        var available = Critical.All(name => checks[name].Status == HealthCheckStatus.Ok);
        var status = !available ? ServiceHealth.Unavailable
            : checks.Values.All(c => c.Status == HealthCheckStatus.Ok) ? ServiceHealth.Ok : ServiceHealth.Degraded;
        var code = available ? 200 : 503;
        // Details (dependency errors, calendar, clock) are for ops; anyone else learns the status only.
        if (!request.IsSignedIn || !request.Caller.IsIn(Roles.Ops))
            return TypedResults.Json(new HealthStatus(status), statusCode: code);
        var body = new HealthResponse(status, checks, warnings, clock.UtcNow, clock.Anchor.Acceleration);
        return TypedResults.Json(body, statusCode: code);
    }

    /// <summary>
    /// Warns from 1 November (the State Council publishes around then) while next year has no notice, and whenever
    /// deadlines within the next 60 days reach a year without one: such deadlines are provisional.
    /// </summary>
    public static IEnumerable<string> CalendarWarnings(BusinessClock clock)
    {
        var calendar = clock.Calendar;
        var today = clock.Today;
        var horizon = today.AddDays(60);
        var missing = Enumerable.Range(today.Year, horizon.Year - today.Year + 1)
            .Concat(today.Month >= 11 ? [today.Year + 1] : [])
            .Distinct().Where(year => !calendar.HasNotice(year)).ToList();
        foreach (var year in missing)
            yield return $"No holiday notice for {year} is published: deadlines in {year} are provisional "
                + "(statutory days and 补假 only, no 调休) until an admin publishes the State Council notice "
                + $"(PUT /admin/calendar/{year}).";
    }

    private static async Task<(bool, string?)> ProbeDurable(DurableTaskClient client, CancellationToken ct)
    {
        await foreach (var _ in client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 1 })
            .AsPages(pageSizeHint: 1)
            .WithCancellation(ct))
        {
            break;
        }
        return (true, null);
    }

    private static async Task<HealthEntry> Probe(Func<CancellationToken, Task<(bool Ok, string? Error)>> probe)
    {
        using var timeout = new CancellationTokenSource(ProbeTimeout);
        try
        {
            var (ok, error) = await probe(timeout.Token);
            return ok ? new HealthEntry(HealthCheckStatus.Ok, null) : new HealthEntry(HealthCheckStatus.Error, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new HealthEntry(HealthCheckStatus.Error,
                timeout.IsCancellationRequested ? "No answer within 5 s." : ex.GetBaseException().Message);
        }
    }
}

/// <summary>
/// The answer of <c>GET /health</c> to the ops role. Everyone else gets <see cref="HealthStatus"/>, the status alone,
/// so the contract marks every other field optional.
/// </summary>
[Description("服务健康状况。Reachability of storage, the durable backend and email (ops view).")]
public sealed record HealthResponse(
    [WireValues(typeof(ServiceHealth))] string Status,
    [OptionalField, Description("各项依赖。Each dependency's check by name; ops only.")]
    IReadOnlyDictionary<string, HealthEntry> Checks,
    [OptionalField, Description("警告。Calendar warnings as text (a year without a holiday notice …); ops only.")]
    IReadOnlyList<string> Warnings,
    [OptionalField, Description("业务时间。The business clock's now (an instant); ops only.")]
    DateTimeOffset BusinessTime,
    [OptionalField, Description("时钟加速倍数。1 in production; more when a local run speeds business time up; ops only.")]
    double ClockAcceleration);

/// <summary>The answer of <c>GET /health</c> to anyone without the ops role.</summary>
public sealed record HealthStatus([WireValues(typeof(ServiceHealth))] string Status);

/// <summary>One dependency: <c>ok</c>, or <c>error</c> with what went wrong.</summary>
[Description("单项依赖的健康状况。One dependency's check: ok, or error with what went wrong.")]
public sealed record HealthEntry([WireValues(typeof(HealthCheckStatus))] string Status,
    [Description("错误。What went wrong, as text; null when ok.")] string? Error);

/// <summary>The service as a whole: <c>ok</c>, <c>degraded</c> (a non-critical dependency fails) or
/// <c>unavailable</c> (a critical one does: the answer is 503).</summary>
public static class ServiceHealth
{
    public const string Ok = "ok";
    public const string Degraded = "degraded";
    public const string Unavailable = "unavailable";
}

/// <summary>One dependency's check: <c>ok</c> or <c>error</c>.</summary>
public static class HealthCheckStatus
{
    public const string Ok = "ok";
    public const string Error = "error";
}
