using System.Collections.Concurrent;
using System.Diagnostics;

namespace TalentHukou.Bench;

/// <summary>
/// Runs <c>count</c> operations on <c>concurrency</c> workers that each take the next index until none is left;
/// times every operation and the whole run.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(int count, int concurrency, Func<int, Task<bool>> operation)
    {
        var next = -1;
        var times = new ConcurrentBag<double>();
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await operation(i);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok) Interlocked.Increment(ref failures);
            }
        })));
        return new LoadResult(count, failures, wall.Elapsed, new Latencies(times));
    }
}

/// <summary>What a load run measured.</summary>
public sealed record LoadResult(int Count, int Failures, TimeSpan Elapsed, Latencies Latencies)
{
    public double PerSecond => (Count - Failures) / Elapsed.TotalSeconds;
}
