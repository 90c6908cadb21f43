using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Api.Hosting;

/// <summary>
/// OpenTelemetry for both hosts: the service's spans (<see cref="TalentHukouTelemetry"/>, the Durable Task SDK's) and
/// meter, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with the managed identity when
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> is <c>Authorization=AAD</c>); logs go with them, scopes included,
/// none dropped by trace-based sampling.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AppInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AppInsightsAuthentication = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";
    private const string DurableTaskSource = "Microsoft.DurableTask";

    public static OpenTelemetryBuilder AddTalentHukouTelemetry(
        this IServiceCollection services, IConfiguration configuration)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TalentHukouTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(TalentHukouTelemetry.Name, DurableTaskSource))
            .WithMetrics(metrics => metrics.AddMeter(TalentHukouTelemetry.Name));
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]);
        var appInsights = configuration[AppInsightsConnectionString];
        // Spans and metrics stay in process (tests add exporters).
        if (!otlp && string.IsNullOrWhiteSpace(appInsights)) return otel;

        otel.WithLogging(configureBuilder: null, configureOptions: options => options.IncludeScopes = true);
        if (otlp) otel.UseOtlpExporter();
        // Local authentication is disabled on the deployed component: ingestion takes the app's Entra ID identity.
        var entra = string.Equals(
            configuration[AppInsightsAuthentication]?.Trim(), "Authorization=AAD", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(appInsights))
        {
            otel.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = appInsights;
                if (entra) options.Credential = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                // Every log record counts (the SLA-breach and reconciliation alerts query them), sampled trace or not.
                options.EnableTraceBasedLogsSampler = false;
            });
        }
        return otel;
    }
}
