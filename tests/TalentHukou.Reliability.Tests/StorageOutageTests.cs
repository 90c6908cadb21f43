using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentHukou.Reliability.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using Xunit.Abstractions;

namespace TalentHukou.Reliability.Tests;

/// <summary>
/// Azurite (the host's only storage, persisted to disk) stops while applications are in flight: reads, writes and the
/// health check answer 503 while it is down; once it is back the same host, untouched, serves again and every
/// application completes.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    public const int InFlight = 6;

    [Fact]
    public async Task AzuriteStoppedMidRun_503ProblemsWhileDown_RecoversWithoutManualSteps()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var smtp = SmtpCatcher.Started();
        var settings = FastSmartPath.Settings(smtp);
        // Work dequeued before the outage may take as long as the outage (storage calls retry): it must not reappear
        // meanwhile.
        settings["DurableTask:MessageVisibilityTimeout"] = "00:02:00";
        await using var host = await LocalHostProcess.StartAsync(
            settings: settings, storageConnectionString: azurite.ConnectionString);
        var applicant = await host.ClientForAsync("outage-applicant", ["applicant"]);
        var drivers = new List<(SmartPathDriver Driver, object Body)>();
        for (var i = 0; i < InFlight; i++)
        {
            var client = await host.ClientForAsync($"outage-applicant-{i}", ["applicant"]);
            drivers.Add((
                new SmartPathDriver(client, "李小龙"),
                await ApplicationFlows.BodyAsync(client, "E-DEMO-TECH", "smart")));
        }
        var inFlight = Task.WhenAll(drivers.Select(d => d.Driver.RunAsync(d.Body)));
        await Eventually.TrueAsync(
            () => Task.FromResult(drivers.All(d => d.Driver.LastStage != "unsubmitted")),
            "all applications submitted",
            120);
        var anyId = drivers[0].Driver.ApplicationId!;
        var newApplication = await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart");

        await azurite.StopAsync();
        output.WriteLine($"Azurite stopped; stages: {string.Join(", ", drivers.Select(d => d.Driver.LastStage))}");
        await AssertUnavailableAsync(() => applicant.GetAsync($"applications/{anyId}"), "GET application");
        await AssertUnavailableAsync(
            () => applicant.PostAsJsonAsync("applications", newApplication), "POST application");
        await AssertUnavailableAsync(
            () => applicant.GetAsync("registry/employers?name=" + Uri.EscapeDataString("广州地铁集团有限公司")),
            "GET employer search");
        var health = await host.Anonymous.GetAsync("health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(
            "unavailable",
            JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.Str("status"));

        await azurite.StartAgainAsync();
        var watch = Stopwatch.StartNew();
        var afterOutage = new SmartPathDriver(applicant, "李小龙");
        var all = Task.WhenAll(
            inFlight,
            afterOutage.RunAsync(newApplication).ContinueWith(t => new[] { t.Result }, TaskScheduler.Default));
        JsonElement[][] views;
        try
        {
            views = await host.ShowingOutputOnFailure(all, output.WriteLine);
        }
        catch
        {
            await StuckApplications.DescribeAsync(
                host, drivers.Select(d => d.Driver).Append(afterOutage), output.WriteLine);
            throw;
        }
        output.WriteLine(
            $"after Azurite came back: {InFlight} in-flight applications and a new one at psb-synced "
            + $"within {watch.Elapsed.TotalSeconds:F1} s");
        Assert.All(views.SelectMany(v => v), v => Assert.Equal("psb-synced", v.Str("stage")));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync("health")).StatusCode);
    }

    /// <summary>
    /// 503 problem details with a Retry-After, answered rather than hung (the client gives up after 30 s).
    /// </summary>
    private async Task AssertUnavailableAsync(Func<Task<HttpResponseMessage>> call, string what)
    {
        var watch = Stopwatch.StartNew();
        using var response = await call();
        output.WriteLine(
            $"{what} while storage is down: {(int)response.StatusCode} after {watch.Elapsed.TotalSeconds:F1} s");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "service-unavailable");
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
