using TalentHukou.Adapters.Telemetry;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Api.Tests.Observability;

public class OtlpExportTests
{
    [Fact]
    public async Task LocalHost_OtlpEndpointSet_ExportsSpansMetricsAndScopedLogs()
    {
        await using var collector = await OtlpCatcher.StartAsync();
        await using var host = await LocalHostUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["Logging:OpenTelemetry:LogLevel:Default"] = "Information", // the console stays at the test hosts' Warning
        });
        var applicant = await host.ClientForAsync("otlp-applicant", ["applicant"]);
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound, (await applicant.GetAsync("registry/employers?name=otlp")).StatusCode);

        await Eventually.TrueAsync(
            () => Task.FromResult(collector.Received("/v1/traces", "GET /api/registry/employers")),
            "the request's span at the collector");
        await Eventually.TrueAsync(
            () => Task.FromResult(collector.Received("/v1/metrics", "talenthukou.api.request.duration")),
            "the duration histogram at the collector");
        await Eventually.TrueAsync(
            () => Task.FromResult(
                collector.ReceivedAttribute("/v1/logs", CorrelationScope.Route, "/api/registry/employers")),
            "a log record with the request's scope at the collector");
        Assert.True(collector.ReceivedAttribute("/v1/traces", "http.route", "/api/registry/employers"));
        Assert.True(collector.ReceivedAttribute("/v1/traces", "service.name", TalentHukouTelemetry.Name));
    }
}
