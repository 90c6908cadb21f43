using System.Diagnostics;
using OpenTelemetry.Metrics;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Telemetry;

namespace TalentHukou.Api.Tests.Observability;

[Collection(ObservedRunCollection.Name)]
public class TelemetryTests(ObservedRun run)
{
    [Fact]
    public void Submit_ThroughPipeline_SpanHasRouteMethodAndStatus()
    {
        var span = Assert.Single(
            run.Spans.Snapshot(),
            s => s.Source.Name == TalentHukouTelemetry.Name
                && s.DisplayName == "POST /api/applications"
                && s.TraceId == run.SubmitTrace);
        Assert.Equal(ActivityKind.Internal, span.Kind);
        Assert.Equal("/api/applications", span.GetTagItem("http.route"));
        Assert.Equal("POST", span.GetTagItem("http.request.method"));
        Assert.Equal(202, span.GetTagItem("http.response.status_code"));
        Assert.Equal("SubmitApplication", span.GetTagItem("talenthukou.route"));
        // The request's server span (ASP.NET Core instrumentation) continued the caller's trace and is the parent.
        var server = Assert.Single(run.Spans.Snapshot(), s => s.SpanId == span.ParentSpanId);
        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal(run.SubmitParentSpan, server.ParentSpanId);
    }

    [Fact]
    public void Activities_OfTheApplication_EachHaveASpanWithInstanceAndApplication()
    {
        var instanceId = ApplicationOrchestrator.InstanceIdFor(run.ApplicationId);
        var spans = run.Spans.Snapshot()
            .Where(s => s.Source.Name == TalentHukouTelemetry.Name
                && (string?)s.GetTagItem("talenthukou.application_id") == run.ApplicationId)
            .ToList();
        Assert.Contains(
            spans,
            s => s.DisplayName == "activity ApplyApplicationProgress"
                && (string?)s.GetTagItem("durabletask.task.instance_id") == instanceId);
        // The Durable Task SDK carries the submitting request's trace into the orchestration it started.
        Assert.Contains(spans, s => s.DisplayName == "activity CheckSmartEligibility" && s.TraceId == run.SubmitTrace);
        Assert.Contains(
            spans,
            s => s.DisplayName == "activity RecordIssuedCard"
                && ((string?)s.GetTagItem("durabletask.task.instance_id"))!
                    .StartsWith("card-" + run.ApplicationId, StringComparison.Ordinal));
    }

    [Fact]
    public void Counters_AfterTheRun_HaveMoved()
    {
        var metrics = run.Metrics.Snapshot();
        Assert.True(Sum(metrics, "talenthukou.applications.submitted", ("approval_mode", "smart")) >= 1);
        Assert.True(Sum(metrics, "talenthukou.cards.issued") >= 1);
        Assert.True(Sum(metrics, "talenthukou.emails.sent") >= 1);
        Assert.True(Sum(metrics, "talenthukou.psb.reconciliations", ("psb.status", "reconciling")) >= 1);
        Assert.True(Sum(metrics, "talenthukou.psb.reconciliations", ("psb.status", "failed")) >= 1);
        var durations = Latest(metrics, "talenthukou.api.request.duration").MetricPoints
            .Where(p => Has(
                p,
                ("http.route", "/api/applications"),
                ("http.request.method", "POST"),
                ("http.response.status_code", 202)))
            .ToList();
        Assert.NotEmpty(durations);
        Assert.All(durations, p => Assert.True(p.GetHistogramCount() >= 1 && p.GetHistogramSum() > 0));
    }

    [Fact]
    public void ExportedTags_NeverHoldIdNumbersOrPhones()
    {
        var spans = run.Spans.Snapshot();
        var texts = spans
            .SelectMany(s => s.TagObjects
                .Select(t => $"{t.Key}={t.Value}")
                .Append(s.DisplayName)
                .Append(s.StatusDescription ?? ""))
            .Concat(run.Metrics.Snapshot()
                .SelectMany(m => m.MetricPoints.SelectMany(Tags).Select(t => $"{m.Name} {t.Key}={t.Value}")))
            .ToList();
        // the scan sees this run's telemetry
        Assert.Contains(texts, t => t.Contains(run.ApplicationId, StringComparison.Ordinal));
        Assert.DoesNotContain(
            texts,
            t => t.Contains(run.IdNumber, StringComparison.Ordinal)
                || t.Contains(ObservedRun.Phone, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => PersonalDataPatterns.LooksLikeIdNumberOrPhone(t));
    }

    private static MetricSnapshot Latest(IReadOnlyList<MetricSnapshot> metrics, string name) =>
        metrics.Last(m => m.Name == name);

    private static long Sum(
        IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, object Value)[] tags) =>
        Latest(metrics, name).MetricPoints.Where(p => Has(p, tags)).Sum(p => p.GetSumLong());

    private static bool Has(MetricPoint point, params (string Key, object Value)[] tags) =>
        tags.All(t => Tags(point).Any(pt => pt.Key == t.Key && Equals(pt.Value, t.Value)));

    private static IEnumerable<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var list = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) list.Add(tag);
        return list;
    }
}
