using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Primitives;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Cases.Instances;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Reads the instance filters every ops list, export and bulk dry run shares: <c>runtimeStatus</c> (a status or
/// <c>not-completed</c>), <c>name</c>, <c>createdFrom</c>/<c>createdTo</c>, <c>updatedFrom</c>/<c>updatedTo</c>
/// (dates, China time), <c>stage</c>, <c>office</c>. From the query string, or from a dry run's <c>filter</c> object.
/// </summary>
public static class OpsInstanceFilters
{
    public const string NotCompleted = "not-completed";

    private static readonly IReadOnlyDictionary<string, OrchestrationRuntimeStatus> Statuses =
        Enum.GetValues<OrchestrationRuntimeStatus>()
            .ToDictionary(s => s.ToString(), s => s, StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlyDictionary<string, ApplicationStage> Stages =
        Enum.GetValues<ApplicationStage>().ToDictionary(StageNames.Wire, s => s);

    private static readonly QueryParameter RuntimeStatus = QueryParameter.OneOf("runtimeStatus",
        [.. Statuses.Keys, NotCompleted], "运行状态。A durable runtime status, or not-completed for every unfinished one.");

    /// <summary>An orchestrator's name, as the instance list shows it.</summary>
    public static readonly QueryParameter Name = QueryParameter.Text("name", 100, "编排名称。The orchestrator's name.");

    private static readonly QueryParameter CreatedFrom = Day("createdFrom", "创建日期起（含）");
    private static readonly QueryParameter CreatedTo = Day("createdTo", "创建日期止（含）");
    private static readonly QueryParameter UpdatedFrom = Day("updatedFrom", "更新日期起（含）");
    private static readonly QueryParameter UpdatedTo = Day("updatedTo", "更新日期止（含）");

    private static readonly QueryParameter Stage = QueryParameter.OneOf("stage", Stages.Keys,
        "申请阶段。Only application instances at this stage.");

    /// <summary>The filters, as the list, the export and a dry run's <c>filter</c> read them.</summary>
    public static IReadOnlyList<QueryParameter> QueryNames { get; } =
        [RuntimeStatus, Name, CreatedFrom, CreatedTo, UpdatedFrom, UpdatedTo, Stage, QueryFilters.Office];

    private static QueryParameter Day(string name, string chinese) => QueryParameter.Date(name) with
    {
        Description = chinese + "。yyyy-MM-dd, a day in China Standard Time, included.",
    };

    /// <summary>
    /// The filter, its scan bounded (see <see cref="InstanceFilter.Bounded"/>);
    /// invalid values throw one validation problem.
    /// </summary>
    public static InstanceFilter Read(QueryReader query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var notCompleted = string.Equals(
            query.Text("runtimeStatus", 32), NotCompleted, StringComparison.OrdinalIgnoreCase);
        var status = notCompleted ? null : query.OneOf(RuntimeStatus, Statuses);
        var filter = new InstanceFilter
        {
            Statuses = notCompleted ? InstanceFilter.NotCompleted : status is { } s ? [s] : [],
            Name = query.Text(Name),
            CreatedFrom = Start(query.Date(CreatedFrom)),
            CreatedTo = End(query.Date(CreatedTo)),
            UpdatedFrom = Start(query.Date(UpdatedFrom)),
            UpdatedTo = End(query.Date(UpdatedTo)),
            Stage = query.OneOf(Stage, Stages) is { } stage ? StageNames.Wire(stage) : null,
            Office = query.OneOf(QueryFilters.Office),
        };
        query.ThrowIfInvalid();
        return filter.Bounded(now);
    }

    /// <summary>
    /// A JSON object of filters (a dry run's <c>filter</c>) read by the same rules as the query string.
    /// </summary>
    public static QueryReader From(IReadOnlyDictionary<string, string?>? values) =>
        new(new QueryCollection((values ?? new Dictionary<string, string?>())
            .Where(p => p.Value is not null).ToDictionary(p => p.Key, p => new StringValues(p.Value))));

    /// <summary>
    /// What the answer says about a scan: the created-time range it was bounded to, or null when nothing scanned.
    /// </summary>
    public static ScanRange? ScanOf(InstanceFilter filter) =>
        filter.Scans
            ? new ScanRange(filter.CreatedFrom!.Value, filter.CreatedTo!.Value, InstanceFilter.MaxScanDays)
            : null;

    private static DateTimeOffset? Start(DateOnly? date) => date is { } d ? ChinaTime.At(d, TimeOnly.MinValue) : null;

    private static DateTimeOffset? End(DateOnly? date) =>
        date is { } d ? ChinaTime.At(d.AddDays(1), TimeOnly.MinValue).AddTicks(-1) : null;
}

/// <summary>
/// Filters the task hub cannot serve from an index (updated time, stage, office) scan: they read only instances created
/// in this range, at most <see cref="MaxDays"/> days.
/// </summary>
[Description("本次扫描的创建时间范围。The created-time range a filtered scan read, and its cap in days.")]
public sealed record ScanRange(DateTimeOffset CreatedFrom, DateTimeOffset CreatedTo, int MaxDays);
