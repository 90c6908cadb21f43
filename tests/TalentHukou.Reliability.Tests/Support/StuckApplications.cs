using TalentHukou.Testing;

namespace TalentHukou.Reliability.Tests.Support;

/// <summary>
/// For a failure message: where each unfinished application stopped and its durable state as ops sees it. Written after
/// the host's output, so that a log cut to its tail still shows it.
/// </summary>
public static class StuckApplications
{
    public static async Task DescribeAsync(
        LocalHostProcess host, IEnumerable<SmartPathDriver> drivers, Action<string> write, int? seed = null)
    {
        var ops = await host.ClientForAsync("reliability-ops", ["ops"]);
        foreach (var driver in drivers.Where(d => d.LastStage != "psb-synced"))
        {
            var (status, body) = driver.ApplicationId is null
                ? (default, "never submitted")
                : await Resilient.GetAsync(ops, $"ops/instances/application-{driver.ApplicationId}", 30);
            write(
                $"unfinished {driver.ApplicationId} at {driver.LastStage}: "
                + $"{(int)status} {body[..Math.Min(body.Length, 3000)]}");
            if (driver.Failure is not null) write($"  its driver stopped: {driver.Failure}");
        }
        if (seed is not null) write($"seed {seed} (replay with TALENTHUKOU_RELIABILITY_SEED={seed})");
    }
}
