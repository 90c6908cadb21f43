using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.LocalHost.Hosting;

namespace TalentHukou.Testing;

/// <summary>
/// A real local host (Kestrel, durable sidecar, Azure Storage backend on the test Azurite) on a free port.
/// Its task hub and table names are unique, so hosts never see each other's state — unless a test restarts
/// a host with the same <see cref="Names"/> on purpose.
/// </summary>
public sealed class LocalHostUnderTest : IAsyncDisposable
{
    /// <summary>A no-op orchestration each host runs once at start: when it completes, the durable worker and dispatcher are running.</summary>
    private const string ReadyOrchestration = "TestHostReady";

    private readonly WebApplication _app;

    private LocalHostUnderTest(WebApplication app, HostNames names, Uri baseAddress)
    {
        _app = app;
        Names = names;
        BaseAddress = baseAddress;
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HostNames Names { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => _app.Services;

    public DurableTaskClient Durable => Services.GetRequiredService<DurableTaskClient>();

    /// <param name="configure">Anything else to set up on the builder (e.g. a log capture), after the test configuration.</param>
    public static async Task<LocalHostUnderTest> StartAsync(
        HostNames? names = null, IDictionary<string, string?>? settings = null, Action<DurableTaskRegistry>? extraTasks = null, string environment = "Development",
        Action<WebApplicationBuilder>? configure = null)
    {
        names ??= HostNames.New();
        var config = new Dictionary<string, string?>
        {
            ["LocalHost:Port"] = "0",
            ["Storage:ConnectionString"] = TestEnvironment.StorageConnectionString,
            ["Storage:NamePrefix"] = names.TablePrefix,
            ["DurableTask:HubName"] = names.HubName,
            ["DurableTask:MaxQueuePollingInterval"] = "00:00:00.500",
            ["DurableTask:PartitionCount"] = "2",
            ["Auth:Issuer"] = "https://talenthukou.local/dev",
            ["Auth:Audience"] = "talenthukou-api",
            ["Auth:DevSigningKey"] = TestKeys.DevSigningKey,
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("TALENTHUKOU_TEST_LOGLEVEL") ?? "Warning",
            ["Privacy:IdIndexKey"] = "test-only-id-index-key-0123456789abcdef",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var app = LocalHostApp.Build([$"--environment={environment}"], b =>
        {
            b.Configuration.AddInMemoryCollection(config);
            configure?.Invoke(b);
        }, r =>
        {
            r.AddOrchestratorFunc<string?, string>(ReadyOrchestration, (_, _) => Task.FromResult("ready"));
            extraTasks?.Invoke(r);
        });
        await app.StartAsync();
        await WaitForDurableWorkerAsync(app.Services.GetRequiredService<DurableTaskClient>());
        var sidecar = app.Configuration.GetValue<int>("DurableTask:SidecarPort");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).First(a => a.Port != sidecar || sidecar == 0);
        return new LocalHostUnderTest(app, names, new Uri($"http://127.0.0.1:{address.Port}/api/"));
    }

    /// <summary>
    /// Waits until the durable worker has connected and the sidecar's dispatcher runs. A host stopped before that crashes
    /// the test process: the sidecar then stops an orchestration service that never started (a NullReferenceException
    /// thrown from an <c>async void</c> shutdown callback of <c>TaskHubGrpcServer</c>).
    /// </summary>
    private static async Task WaitForDurableWorkerAsync(DurableTaskClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var id = await client.ScheduleNewOrchestrationInstanceAsync(ReadyOrchestration, cancellation: timeout.Token);
        await client.WaitForInstanceCompletionAsync(id, timeout.Token);
    }

    /// <summary>A client carrying a dev token for <paramref name="sub"/> with the given roles and scope claims.</summary>
    public async Task<HttpClient> ClientForAsync(string sub, string[] roles, string? unit = null, string? hrss = null)
    {
        var response = await Anonymous.PostAsJsonAsync("dev/token", new { sub, roles, unit, hrss });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record TokenBody(string Token);
}

/// <summary>The storage names of one host: start a second host with the same names to simulate a restart.</summary>
public sealed record HostNames(string HubName, string TablePrefix)
{
    public static HostNames New()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new HostNames("hub" + id, "t" + id);
    }
}
