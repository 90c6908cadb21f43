using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Grpc.Internal;
using TalentHukou.Adapters.Hosting;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.LocalDurable;

/// <summary>
/// Durable Functions' runtime without the Functions host: the DTFx Azure Storage provider (the layout Durable Functions
/// uses) behind a Durable Task gRPC sidecar in this process, with the SDK's worker and client connected to it.
/// <c>DurableTask:Backend=InMemory</c> puts the in-memory orchestration service behind the same sidecar instead.
/// </summary>
public static class LocalDurableRuntime
{
    /// <summary>Adds the runtime with the given orchestrators and activities; returns the sidecar's port.</summary>
    public static int AddLocalDurableRuntime(
        this WebApplicationBuilder builder, Action<DurableTaskRegistry> registerTasks)
    {
        var sidecarPort = builder.AddLocalDurableSidecar();

        // Hosted services start before Kestrel listens, so the worker's first connection fails and its channel backs
        // off; the client gets a channel of its own that retries while the sidecar is not yet reachable.
        var address = $"http://127.0.0.1:{sidecarPort}";
        var limits = builder.Configuration.GetSection(LocalDurableOptions.SectionName).Get<LocalDurableOptions>()
            ?? new();
        builder.Services.AddDurableTaskWorker(b =>
        {
            b.AddTasks(registerTasks);
            // The sidecar's dispatcher applies the same limits (WorkItemLimits); the worker is told them too.
            b.Configure(o =>
            {
                o.Concurrency.MaximumConcurrentOrchestrationWorkItems = limits.MaxConcurrentOrchestrations;
                o.Concurrency.MaximumConcurrentActivityWorkItems = limits.MaxConcurrentActivities;
            });
            b.UseGrpc(o =>
            {
                o.Channel = GrpcChannel.ForAddress(address);
                // The worker reconnects after 120 s without a message, expecting the backend's health pings; this
                // sidecar sends none, and a reconnect can race the old stream's close and pause dispatching. The
                // connection never leaves this process, so there is no half-open link to detect.
                o.SetSilentDisconnectTimeout(TimeSpan.Zero);
            });
        });
        builder.Services.AddDurableTaskClient(
            b => b.UseGrpc(GrpcChannel.ForAddress(address, RetryingWhileUnavailable)));
        return sidecarPort;
    }

    /// <summary>
    /// Adds the task hub and the sidecar alone (no worker, no client): what a host that dispatches the sidecar's work
    /// items itself needs, such as the Functions host harness. Returns the sidecar's port; the caller maps
    /// <see cref="TaskHubGrpcServer"/> on it (HTTP/2).
    /// </summary>
    public static int AddLocalDurableSidecar(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<LocalDurableOptions>(LocalDurableOptions.SectionName);
        builder.Services.AddSingleton<DispatchBound>();
        var options = builder.Configuration.GetSection(LocalDurableOptions.SectionName).Get<LocalDurableOptions>()
            ?? new();
        var connection = options.ConnectionString ?? builder.Configuration["Storage:ConnectionString"]
            ?? throw new InvalidOperationException(
                "DurableTask:ConnectionString or Storage:ConnectionString must be set for the local host.");
        var sidecarPort = options.SidecarPort != 0 ? options.SidecarPort : FreePort.Find();
        builder.Configuration[$"{LocalDurableOptions.SectionName}:{nameof(LocalDurableOptions.SidecarPort)}"] =
            sidecarPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

        if (options.Backend == LocalDurableBackend.InMemory)
            AddBackend(
                builder.Services,
                sp => new InMemoryOrchestrationService(sp.GetRequiredService<ILoggerFactory>()),
                options);
        else
            AddBackend(
                builder.Services,
                sp => AzureStorage(connection, options, sp.GetRequiredService<ILoggerFactory>()),
                options);
        builder.Services.AddSingleton<IInstanceHistorySource, ServiceClientHistorySource>();
        builder.Services.AddGrpc();
        builder.Services.AddOptions<TaskHubGrpcServerOptions>();
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        builder.Services.AddHostedService<TaskHubCreator>();
        // Hosted services stop in reverse order: the worker first, then this, then the task hub service.
        builder.Services.AddSingleton<StrandedWorkRelease>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StrandedWorkRelease>());
        return sidecarPort;
    }

    /// <summary>
    /// The sidecar's worker side gets the backend with sessions kept open between episodes, start/stop guarded,
    /// sub-orchestrations repaired, repeated start
    /// messages dropped, activity outcomes retried through storage outages and the work-item limits applied; clients
    /// use the backend directly.
    /// </summary>
    private static void AddBackend<T>(
        IServiceCollection services, Func<IServiceProvider, T> create, LocalDurableOptions options)
        where T : class, IOrchestrationService, IOrchestrationServiceClient
    {
        services.AddSingleton(create);
        services.AddSingleton<IOrchestrationService>(sp =>
        {
            var sessions = new ExtendedSessionLoop(
                sp.GetRequiredService<T>(), sp.GetRequiredService<ILogger<ExtendedSessionLoop>>());
            var repaired = new SubOrchestrationRepair(sessions);
            var deduplicated = new DuplicateStartFilter(
                repaired, sp.GetRequiredService<ILogger<DuplicateStartFilter>>());
            var retried = new ActivityOutcomeRetry(
                deduplicated,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping,
                sp.GetRequiredService<ILogger<ActivityOutcomeRetry>>());
            return new StartStopGuard(new WorkItemLimits(retried, sp.GetRequiredService<DispatchBound>()));
        });
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<T>());
    }

    private static AzureStorageOrchestrationService AzureStorage(
        string connection, LocalDurableOptions options, ILoggerFactory loggers) =>
        new(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connection),
            TaskHubName = options.HubName,
            PartitionCount = StoredPartitionCount.Read(connection, options.HubName) ?? options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            // One app per task hub locally; short leases so a host restarted after a crash takes its partitions back
            // quickly.
            UseAppLease = false,
            LeaseInterval = TimeSpan.FromSeconds(15),
            LeaseRenewInterval = TimeSpan.FromSeconds(5),
            LeaseAcquireInterval = TimeSpan.FromSeconds(5),
            // A message dequeued by a host that then died comes back after this long (DTFx default: 5 minutes).
            ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            // ExtendedSessionLoop keeps an instance's state between episodes, so its history is loaded once
            // (docs/adr/0033-extended-sessions-locally.md).
            ExtendedSessionsEnabled = options.ExtendedSessions,
            ExtendedSessionIdleTimeout = options.ExtendedSessionIdleTimeout,
            WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            LoggerFactory = loggers,
        });

    private static readonly GrpcChannelOptions RetryingWhileUnavailable = new()
    {
        ServiceConfig = new ServiceConfig
        {
            MethodConfigs =
            {
                new MethodConfig
                {
                    Names = { MethodName.Default },
                    RetryPolicy = new Grpc.Net.Client.Configuration.RetryPolicy
                    {
                        MaxAttempts = 5,
                        InitialBackoff = TimeSpan.FromMilliseconds(200),
                        MaxBackoff = TimeSpan.FromSeconds(2),
                        BackoffMultiplier = 2,
                        RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
                    },
                },
            },
        },
    };

    /// <summary>
    /// Creates the task hub's queues and tables before the worker asks for work, and stops the service on shutdown so
    /// its partition leases are released (a restarted host would otherwise wait for them to expire).
    /// </summary>
    private sealed class TaskHubCreator(IOrchestrationService service) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => service.CreateIfNotExistsAsync();

        public Task StopAsync(CancellationToken cancellationToken) => service.StopAsync(isForced: true);
    }
}
