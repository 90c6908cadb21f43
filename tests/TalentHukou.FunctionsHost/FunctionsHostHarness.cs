using System.Net;
using System.Text.Json;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentHukou.FunctionsHost.Durable;
using TalentHukou.FunctionsHost.Http;
using TalentHukou.FunctionsHost.Issuer;
using TalentHukou.FunctionsHost.Process;
using TalentHukou.FunctionsHost.Protocol;
using TalentHukou.LocalDurable;

namespace TalentHukou.FunctionsHost;

/// <summary>
/// The Functions host played for the real worker: the published app started as a worker process, the worker protocol
/// on a gRPC port, HTTP on <see cref="BaseAddress"/>, and the task hub's sidecar, whose work items go to the worker's
/// durable triggers. Settings go to both the worker (as app settings) and the sidecar (task hub, storage).
/// </summary>
public sealed class FunctionsHostHarness : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WorkerProcess _worker;
    private readonly CancellationTokenSource _stopping = new();
    private Task _dispatching = Task.CompletedTask;

    private FunctionsHostHarness(WebApplication app, WorkerProcess worker, int httpPort)
    {
        _app = app;
        _worker = worker;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
    }

    public Uri BaseAddress { get; }

    public WorkerSession Session => _app.Services.GetRequiredService<WorkerSession>();

    public WorkerProcess Worker => _worker;

    /// <summary>
    /// The harness's services: the sidecar's task hub client (<c>IOrchestrationServiceClient</c>) among them.
    /// </summary>
    public IServiceProvider Services => _app.Services;

    public FunctionRouter Router => _app.Services.GetRequiredService<HttpFront>().Router
        ?? throw new InvalidOperationException("The worker's functions are not loaded yet.");

    /// <summary>
    /// Publishes the app (cached), starts the harness, its test issuer and the worker, and waits until every function
    /// loaded. The worker gets <paramref name="settings"/> with <c>Auth:Authority</c> and <c>Auth:Issuer</c> set to the
    /// test issuer (metadata over loopback HTTP, which only Development allows).
    /// </summary>
    /// <param name="onConnected">Runs when the worker opened its stream, before the host sends worker init.</param>
    public static async Task<FunctionsHostHarness> StartAsync(
        IReadOnlyDictionary<string, string?> settings, int httpPort = 0, Func<Task>? onConnected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(settings, httpPort, onConnected, cancellationToken);
            }
            catch (Exception ex) when (attempt < 3 && LostAPortRace(ex))
            {
                // Free ports are picked, then bound (ours here, the worker's for its HTTP endpoint in the worker):
                // another process on the machine can take one in between. Start again on new ports.
            }
        }
    }

    private static bool LostAPortRace(Exception ex) => ex switch
    {
        WorkerExitedException exited => exited.Output.Contains("address already in use", StringComparison.Ordinal),
        IOException { InnerException: AddressInUseException } => true,
        _ => false,
    };

    private static async Task<FunctionsHostHarness> StartOnceAsync(
        IReadOnlyDictionary<string, string?> settings, int httpPort, Func<Task>? onConnected,
        CancellationToken cancellationToken)
    {
        var appDirectory = await FunctionsAppPackage.PublishAsync(FunctionsAppPackage.RepoRoot(), cancellationToken);
        httpPort = httpPort == 0 ? FreePort.Find() : httpPort;
        var hostPort = FreePort.Find();
        var issuer = new TestIssuer(FreePort.Find());
        settings = WithIssuer(settings, issuer);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton(TimeProvider.System); // the sidecar's retries wait in real time
        var sidecarPort = builder.AddLocalDurableSidecar();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, httpPort);
            kestrel.Listen(IPAddress.Loopback, hostPort, l => l.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, sidecarPort, l => l.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, issuer.Port);
        });
        var hubName = builder.Configuration["DurableTask:HubName"] ?? new LocalDurableOptions().HubName;
        builder.Services.AddSingleton<WorkerChannel>().AddSingleton<WorkerSession>()
            .AddSingleton(new DurableClientPayload(sidecarPort, hubName, httpPort))
            .AddSingleton(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            })
            .AddSingleton<HttpForwarder>()
            .AddSingleton(issuer)
            .AddSingleton(sp => DevTokenEndpoint.Create(issuer, builder.Configuration, TimeProvider.System))
            .AddSingleton<HttpFront>()
            .AddSingleton(new TaskHubSidecarService.TaskHubSidecarServiceClient(
                GrpcChannel.ForAddress($"http://127.0.0.1:{sidecarPort}")))
            .AddSingleton<DurableDispatcher>();

        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{sidecarPort}");
        app.MapGrpcService<FunctionRpcService>().RequireHost($"*:{hostPort}");
        var front = app.Services.GetRequiredService<HttpFront>();
        app.Map("{**path}", front.ServeAsync).RequireHost($"*:{httpPort}");
        app.Map("{**path}", issuer.ServeAsync).RequireHost($"*:{issuer.Port}");
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            issuer.Dispose();
            throw;
        }

        var worker = WorkerProcess.Start(appDirectory, new Uri($"http://127.0.0.1:{hostPort}/"), settings);
        var harness = new FunctionsHostHarness(app, worker, httpPort);
        try
        {
            await harness.ConnectAsync(appDirectory, onConnected, cancellationToken);
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
        return harness;
    }

    /// <summary>
    /// Runs the harness in the foreground (<c>./run.sh --functions</c>) until Ctrl-C, in Development, with the local
    /// host's settings (<see cref="LocalHostSettings"/>) under environment variables and arguments.
    /// </summary>
    public static async Task RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var settings = LocalHostSettings.Read(development: true, configuration);
        settings.TryAdd("AZURE_FUNCTIONS_ENVIRONMENT", "Development");
        // The worker runs in the published app's folder: a relative key path would land in the publish cache.
        if (settings.GetValueOrDefault("CardSigning:KeyPath") is { Length: > 0 } keyPath)
            settings["CardSigning:KeyPath"] = Path.GetFullPath(keyPath);
        await using var harness = await StartAsync(settings, configuration.GetValue("LocalHost:Port", 7071));
        Console.WriteLine($"Functions app running through the harness on {harness.BaseAddress} (Ctrl-C stops it)");
        var stopping = harness.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Task.WhenAny(Task.Delay(Timeout.Infinite, stopping), harness.Worker.Exited)
            .ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static Dictionary<string, string?> WithIssuer(
        IReadOnlyDictionary<string, string?> settings, TestIssuer issuer)
    {
        var configured = new Dictionary<string, string?>(settings, StringComparer.OrdinalIgnoreCase)
        {
            ["Auth:Authority"] = issuer.Address,
            ["Auth:Issuer"] = issuer.Address,
            ["Auth:RequireHttpsMetadata"] = "false",
        };
        return configured;
    }

    private async Task ConnectAsync(string appDirectory, Func<Task>? onConnected, CancellationToken cancellationToken)
    {
        var channel = _app.Services.GetRequiredService<WorkerChannel>();
        var connected = await Task.WhenAny(channel.Started, _worker.Exited)
            .WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        if (connected != channel.Started)
            throw new WorkerExitedException(_worker.ExitCode, _worker.Output);
        if (onConnected is not null) await onConnected();
        await Session.InitializeAsync(appDirectory, cancellationToken);
        var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(appDirectory, "host.json"))).RootElement;
        var prefix = hostJson.TryGetProperty("extensions", out var e) && e.TryGetProperty("http", out var h)
            && h.TryGetProperty("routePrefix", out var p) ? p.GetString() ?? "" : "api";
        var router = new FunctionRouter(
            Session.Functions, prefix, _app.Services.GetRequiredService<IInlineConstraintResolver>());
        _app.Services.GetRequiredService<HttpFront>().Open(router, new Uri(Session.WorkerCapabilities["HttpUri"]));
        _dispatching = _app.Services.GetRequiredService<DurableDispatcher>().RunAsync(_stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_worker.ExitCode is null)
        {
            try
            {
                await Session.TerminateAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // The stream is already closed; the process is killed below if it does not exit.
            }
        }
        await _worker.DisposeAsync();
        await _dispatching.ContinueWith(_ => { }, TaskScheduler.Default);
        await _app.StopAsync();
        _app.Services.GetRequiredService<TestIssuer>().Dispose();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>The worker process exited before it connected to the host.</summary>
public sealed class WorkerExitedException(int? exitCode, string output)
    : Exception($"The worker exited (code {exitCode}) before it connected to the host:\n{output}")
{
    public int? ExitCode { get; } = exitCode;

    public string Output { get; } = output;
}
