using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Cases.Instances;

/// <summary>
/// Which instances an ops list, export, histogram or bulk dry run covers. Status, orchestrator and created time are
/// served by the task hub's query; updated time, case stage and office are checked on each instance (a scan), so a
/// filter that uses them has its created-time range bounded (<see cref="MaxScanDays"/>).
/// </summary>
public sealed record InstanceFilter
{
    public const int MaxScanDays = 31;

    /// <summary>Runtime statuses to include; empty for any. "Not completed" is every status but Completed.</summary>
    public IReadOnlyList<OrchestrationRuntimeStatus> Statuses { get; init; } = [];

    public string? Name { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public DateTimeOffset? UpdatedFrom { get; init; }

    public DateTimeOffset? UpdatedTo { get; init; }

    /// <summary>The case's stage (wire name), for instances that follow an application.</summary>
    public string? Stage { get; init; }

    /// <summary>The office that handles the case (<c>city</c> or a district code), for applications.</summary>
    public string? Office { get; init; }

    public bool Scans => UpdatedFrom is not null || UpdatedTo is not null || Stage is not null || Office is not null;

    public static IReadOnlyList<OrchestrationRuntimeStatus> NotCompleted { get; } =
        Enum.GetValues<OrchestrationRuntimeStatus>().Where(s => s != OrchestrationRuntimeStatus.Completed).ToList();

    /// <summary>
    /// The filter with a scan's created-time range bounded to at most <see cref="MaxScanDays"/> days before its end.
    /// </summary>
    public InstanceFilter Bounded(DateTimeOffset now)
    {
        if (!Scans) return this;
        var to = CreatedTo ?? now;
        var earliest = to.AddDays(-MaxScanDays);
        return this with { CreatedTo = to, CreatedFrom = CreatedFrom is { } from && from > earliest ? from : earliest };
    }

    public OrchestrationQuery ToQuery(int pageSize, string? continuationToken) => new()
    {
        Statuses = Statuses.Count == 0 ? null : Statuses,
        CreatedFrom = CreatedFrom?.UtcDateTime,
        CreatedTo = CreatedTo?.UtcDateTime,
        PageSize = pageSize,
        ContinuationToken = continuationToken,
    };
}
