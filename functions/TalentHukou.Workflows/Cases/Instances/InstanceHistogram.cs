using System.ComponentModel;
using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Cases.Instances;

/// <summary>
/// Instances started, completed and failed per time bucket over a range: reads the instances created in the range
/// (the task hub's created-time query) and buckets starts by creation and ends by last update. The range is bounded
/// (<see cref="InstanceFilter.MaxScanDays"/>), since this scans.
/// </summary>
public sealed class InstanceHistogram(InstanceScan scan)
{
    public const int MaxInstances = 50_000;

    public async Task<HistogramResult> CountAsync(
        DurableTaskClient durable, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, string? name,
        CancellationToken ct)
    {
        var starts = new Dictionary<long, HistogramBucket>();
        HistogramBucket At(DateTimeOffset t)
        {
            var index = (t - from).Ticks / bucket.Ticks;
            return starts.TryGetValue(index, out var b)
                ? b
                : starts[index] = new HistogramBucket(from.AddTicks(index * bucket.Ticks));
        }
        var filter = new InstanceFilter { Name = name, CreatedFrom = from, CreatedTo = to };
        var scanned = 0;
        await foreach (var row in scan.AllAsync(durable, filter, MaxInstances, ct))
        {
            scanned++;
            At(row.CreatedAt).Started++;
            if (row.LastUpdatedAt > to) continue;
            if (row.RuntimeStatus == nameof(OrchestrationRuntimeStatus.Completed)) At(row.LastUpdatedAt).Completed++;
            else if (row.RuntimeStatus == nameof(OrchestrationRuntimeStatus.Failed)) At(row.LastUpdatedAt).Failed++;
        }
        var count = (int)Math.Ceiling((to - from) / bucket);
        var buckets = Enumerable.Range(0, count)
            .Select(i => starts.GetValueOrDefault(i) ?? new HistogramBucket(from.AddTicks(i * bucket.Ticks)))
            .ToList();
        return new HistogramResult(buckets, from, to, scanned, scanned >= MaxInstances);
    }
}

/// <summary>One bucket: instances started in it, and those that completed or failed in it.</summary>
[Description("实例统计的一个时间段。One time bucket: instances started, completed and failed in it.")]
public sealed class HistogramBucket(DateTimeOffset start)
{
    [Description("桶起点。Where the bucket begins (an instant); it ends where the next begins.")]
    public DateTimeOffset Start { get; } = start;

    [Description("启动数。Instances created in the bucket.")]
    public int Started { get; set; }

    [Description("完成数。Instances of the bucket that completed.")]
    public int Completed { get; set; }

    public int Failed { get; set; }
}

/// <summary>
/// The buckets, the range scanned, how many instances were read and whether the cap cut the scan short.
/// </summary>
[Description("实例数量统计。Instances started, completed and failed per bucket over a bounded scan.")]
public sealed record HistogramResult(
    [Description("时间桶。Equal time buckets from from to to, oldest first.")] IReadOnlyList<HistogramBucket> Buckets,
    [Description("统计起点。The start of the range counted (an instant).")] DateTimeOffset From,
    [Description("统计终点。The end of the range counted (an instant).")] DateTimeOffset To,
    int Scanned, bool Truncated);
