using TalentHukou.Api.Ops;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Cards;
using TalentHukou.Workflows.Cases;
using TalentHukou.Workflows.Cases.Instances;
using TalentHukou.Workflows.Cases.Timeline;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.OpenApi;

public static partial class OpenApiExamples
{
    private const string InstanceId = "application-" + ApplicationId;
    private const string DryRunId = "D20260310T080000S001A9B8";

    private static Dictionary<Type, object> Ops() => new()
    {
        [typeof(InstancePage)] = new InstancePage([Row], "eyJyIjoiYXBwbGljYXRpb24tQTIwMjYwMzA1In0", Scan),
        [typeof(InstanceExport)] = new InstanceExport([Row], Scan),
        [typeof(InstanceDetail)] = new InstanceDetail(
            new InstanceSummary(InstanceId, "ApplicationOrchestrator", "Running", Submitted, Submitted.AddDays(3)),
            """{"applicationId":"A20260305T021533S412C3F1","idNumber":"4401**********5128"}""", null,
            """{"stage":"publicity"}""", null,
            [
                new HistoryItem(Submitted.UtcDateTime, "TaskScheduled", "RecordApplicationStep",
                    """{"event":"submitted"}"""),
            ]),
        [typeof(HistogramResult)] = new HistogramResult(
            [new HistogramBucket(Submitted.Date) { Started = 42, Completed = 30, Failed = 1 }],
            Submitted.AddDays(-7), Submitted, 42, false),
        [typeof(OpsControlBody)] = new OpsControlBody("申请人电话确认放弃办理，工单 T20260306T091200S050F6A7"),
        [typeof(BulkDryRunBody)] = new BulkDryRunBody(
            new Dictionary<string, string?> { ["runtimeStatus"] = "Failed", ["stage"] = "card-issuing" }, "restart",
            "电子签章服务故障恢复后重试"),
        [typeof(BulkDryRunView)] = new BulkDryRunView(DryRunId, "restart", 1, false,
            [new BulkEffect("card-" + ApplicationId + "-1", "resumes from its record")], Scan),
        [typeof(BulkApplyBody)] = new BulkApplyBody(DryRunId),
        [typeof(BulkAccepted)] = new BulkAccepted("ops-bulk-" + DryRunId, 1),
        [typeof(BulkProgressView)] = new BulkProgressView("ops-bulk-" + DryRunId, true, 1, 1, 1, 0, 0, "Completed"),
        [typeof(StrandedPage)] = new StrandedPage(
            [
                new StrandedCase(CaseKinds.Application, ApplicationId, "card-issuing", InstanceId, "Failed",
                    Submitted.AddDays(12)),
            ]),
        [typeof(CaseSearchBody)] = new CaseSearchBody(ApplicationId),
        [typeof(CaseSearchPage)] = new CaseSearchPage([new CaseHit(CaseKinds.Application, ApplicationId, "publicity",
            [InstanceId], "application id")]),
        [typeof(CaseTimelineView)] = new CaseTimelineView(
            new CaseHeader(CaseKinds.Application, ApplicationId, "publicity", "tianhe"), [InstanceId],
            [
                new CaseTimelineEntry(Submitted, CaseTimelineEntry.Business, "submitted", "hrss-review",
                    new Dictionary<string, string> { ["stage"] = "hrss-review" }),
                new CaseTimelineEntry(Submitted.AddSeconds(2), CaseTimelineEntry.Durable, "RecordApplicationStep",
                    "Completed", new Dictionary<string, string>()) { DurationMs = 180, InstanceId = InstanceId },
            ])
        {
            Controls = [new CaseControl("suspend", InstanceId, "POST", $"/api/ops/instances/{InstanceId}/suspend",
                "pauses the application's process; its case stays open")],
        },
        [typeof(DuplicateCardsBody)] = new DuplicateCardsBody(true),
        [typeof(DuplicateCardsSummary)] = new DuplicateCardsSummary(true, 1, ["GZRH2025000877"], 1),
        [typeof(KeyRotationBody)] = new KeyRotationBody("pd-2026-03"),
        [typeof(KeyRotationStarted)] = new KeyRotationStarted("key-rotation-pd-2026-03", "pd-2026-03"),
        [typeof(AuditPage)] = new AuditPage([new AuditView(Submitted.AddDays(3), "reviewer-tianhe-07", "reviewer",
            "decision.hrss-review", ApplicationId, "approved", null)], null),
        [typeof(OpsConsoleConfig)] = new OpsConsoleConfig(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
            "api://talenthukou/ops", false),
    };

    private static InstanceRow Row => new(InstanceId, "ApplicationOrchestrator", "Running", Submitted,
        Submitted.AddDays(3), CaseKinds.Application, ApplicationId, "publicity", "tianhe");

    private static ScanRange Scan => new(Submitted.AddDays(-7), Submitted, 31);

    private static DeadlineMoves Forecast => new(3, 3, 0, 12);
}
