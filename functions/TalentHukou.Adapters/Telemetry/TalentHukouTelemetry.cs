using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TalentHukou.Adapters.Telemetry;

/// <summary>
/// The service's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>; the hosts
/// export them (OTLP, Azure Monitor). Tags carry ids, names and outcomes only, never personal data.
/// </summary>
public static class TalentHukouTelemetry
{
    public const string Name = "TalentHukou";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> ApplicationsSubmitted { get; } =
        Meter.CreateCounter<long>(
            "talenthukou.applications.submitted", "{application}", "Applications accepted, by approval mode.");

    public static Counter<long> ApplicationsRestarted { get; } =
        Meter.CreateCounter<long>(
            "talenthukou.applications.restarted",
            "{application}",
            "Applications whose process the unstarted-application sweep started "
            + "(their host died mid-submission).");

    public static Counter<long> CardsIssued { get; } =
        Meter.CreateCounter<long>("talenthukou.cards.issued", "{card}", "Cards recorded as issued.");

    public static Counter<long> EmailsSent { get; } =
        Meter.CreateCounter<long>(
            "talenthukou.emails.sent", "{email}", "Outbox emails the provider accepted, by template kind.");

    public static Counter<long> EmailsFailed { get; } =
        Meter.CreateCounter<long>(
            "talenthukou.emails.failed", "{email}", "Outbox emails failed for good, by template kind.");

    public static Counter<long> PsbReconciliations { get; } =
        Meter.CreateCounter<long>(
            "talenthukou.psb.reconciliations", "{report}", "Public-security reconciliation reports, by status.");

    public static Histogram<double> RequestDuration { get; } =
        Meter.CreateHistogram<double>(
            "talenthukou.api.request.duration",
            "s",
            "Duration of API requests through the pipeline, by route, method and status code.");
}
