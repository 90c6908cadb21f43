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
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
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
        var elapsed = wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new LoadResult(count, failures, elapsed, new Latencies(times), cpu);
    }
}

/// <summary>
/// What a load run measured; <paramref name="Cpu"/>: this process's CPU time during it (client and host).
/// </summary>
public sealed record LoadResult(int Count, int Failures, TimeSpan Elapsed, Latencies Latencies, TimeSpan Cpu)
{
    public double PerSecond => (Count - Failures) / Elapsed.TotalSeconds;
}
