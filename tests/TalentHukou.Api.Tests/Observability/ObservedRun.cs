using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TalentHukou.Api.Tests.Applications;
using TalentHukou.Api.Tests.Cards;
using TalentHukou.Api.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;

namespace TalentHukou.Api.Tests.Observability;

/// <summary>
/// One smart-path application run through a local host whose OpenTelemetry pipeline also exports to memory:
/// submitted with a known W3C trace id, e-signed, its card issued and mailed, then (public security losing every
/// write) reconciled until reconciliation fails for good, so every counter of the service has moved.
/// </summary>
public sealed class ObservedRun : IAsyncLifetime
{
    public const string Phone = "13800138000";

    public SmtpCatcher Mail { get; } = SmtpCatcher.Started();

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public LocalHostUnderTest Host { get; private set; } = null!;

    public string ApplicationId { get; private set; } = "";

    public string IdNumber { get; } = IdNumbers.New();

    public ActivityTraceId SubmitTrace { get; } = ActivityTraceId.CreateRandom();

    /// <summary>The caller's span the submission names in its <c>traceparent</c>.</summary>
    public ActivitySpanId SubmitParentSpan { get; } = ActivitySpanId.CreateRandom();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(IssuedCardFixture.FastSaga().Concat(Mail.Settings()))
        {
            ["Clock:Acceleration"] = "100000",
            ["PublicSecurity:LostWriteRate"] = "1",
        };
        Host = await LocalHostUnderTest.StartAsync(settings: settings, services: s => s.AddOpenTelemetry()
            .WithTracing(t => t.AddInMemoryExporter(Spans))
            .WithMetrics(m => m.AddInMemoryExporter(Metrics)));

        var applicant = await ApplicationFlows.ApplicantAsync(Host, IdNumber);
        using var submit = new HttpRequestMessage(HttpMethod.Post, "applications")
        {
            Content = JsonContent.Create(await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart", IdNumber)),
        };
        submit.Headers.Add("traceparent", $"00-{SubmitTrace}-{SubmitParentSpan}-01");
        using var accepted = await applicant.SendAsync(submit);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        ApplicationId = (await accepted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Str("applicationId");

        await ApplicationFlows.AtStageAsync(applicant, ApplicationId, "awaiting-card");
        await Json.PostOkAsync(
            applicant,
            $"applications/{ApplicationId}/card/generate",
            new { consent = true, signedName = "李小龙" },
            HttpStatusCode.Accepted);
        await Eventually.GetJsonAsync(
            applicant,
            $"applications/{ApplicationId}",
            a => a.TryGetProperty("psbCheck", out var p)
                && p.ValueKind == System.Text.Json.JsonValueKind.Object
                && p.Str("status") == "failed",
            120);
        await Eventually.TrueAsync(() => Task.FromResult(Mail.Messages.Count > 0), "an email delivered");
        Host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        Host.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ObservedRunCollection : ICollectionFixture<ObservedRun>
{
    public const string Name = "observed application run";
}
