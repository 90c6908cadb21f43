using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentHukou.LocalHost.Hosting;

namespace TalentHukou.Testing;

/// <summary>
/// A real local host (Kestrel, durable sidecar, Azure Storage backend on the test Azurite) on a free port.
/// Its task hub and table names are unique, so hosts never see each other's state — unless a test restarts
/// a host with the same <see cref="Names"/> on purpose.
/// </summary>
public sealed class LocalHostUnderTest : IApiUnderTest, IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHostUnderTest(WebApplication app, HostNames names, Uri baseAddress, CapturedLogs logs)
    {
        Logs = logs;
        _app = app;
        Names = names;
        BaseAddress = baseAddress;
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HostNames Names { get; }

    /// <summary>Everything the host logged at Information and above.</summary>
    public CapturedLogs Logs { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => _app.Services;

    public DurableTaskClient Durable => Services.GetRequiredService<DurableTaskClient>();

    /// <summary>
    /// Starts a host. <paramref name="settings"/> override configuration; <paramref name="services"/> registers
    /// services before the application's own, so a test double wins over a <c>TryAdd</c> registration (the e-mail
    /// transport, say).
    /// </summary>
    public static async Task<LocalHostUnderTest> StartAsync(
        HostNames? names = null,
        IDictionary<string, string?>? settings = null,
        Action<DurableTaskRegistry>? extraTasks = null,
        string environment = "Development",
        Action<IServiceCollection>? services = null)
    {
        names ??= HostNames.New();
        var config = TestHostSettings.For(names, TestEnvironment.StorageConnectionString);
        config["LocalHost:Port"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var logs = new CapturedLogs();
        WebApplication app;
        for (var attempt = 1; ; attempt++)
        {
            app = LocalHostApp.Build([$"--environment={environment}"], b =>
            {
                b.Configuration.AddInMemoryCollection(config);
                b.Logging.AddProvider(logs);
                b.Logging.AddFilter<CapturedLogs>(null, LogLevel.Information);
                services?.Invoke(b.Services);
            }, extraTasks);
            try
            {
                await app.StartAsync();
                break;
            }
            catch (IOException ex) when (attempt < 3
                && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                // The sidecar's free port was taken by a parallel test host between the pick and the bind: pick again.
                await app.DisposeAsync();
            }
        }
        var sidecar = app.Configuration.GetValue<int>("DurableTask:SidecarPort");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).First(a => a.Port != sidecar || sidecar == 0);
        return new LocalHostUnderTest(app, names, new Uri($"http://127.0.0.1:{address.Port}/api/"), logs);
    }

    /// <summary>
    /// Changes one setting of the running host and reloads its configuration, so options read through
    /// <c>IOptionsMonitor</c> (fault switches, for instance) see the new value at once.
    /// </summary>
    public void ChangeSetting(string key, string? value)
    {
        var configuration = (IConfigurationRoot)_app.Configuration;
        configuration[key] = value;
        configuration.Reload();
    }

    /// <inheritdoc cref="IApiUnderTest.ClientForAsync"/>
    public Task<HttpClient> ClientForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null) =>
        DevTokenClients.ClientForAsync(this, sub, roles, unit, hrss, email, idNumber);

    /// <inheritdoc cref="IApiUnderTest.TokenForAsync"/>
    public Task<string> TokenForAsync(
        string sub,
        string[] roles,
        string? unit = null,
        string? hrss = null,
        string? email = null,
        string? idNumber = null) =>
        DevTokenClients.TokenForAsync(this, sub, roles, unit, hrss, email, idNumber);

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
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
