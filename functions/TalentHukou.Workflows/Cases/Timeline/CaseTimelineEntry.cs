using System.ComponentModel;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Cases;
namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// One line of a case's timeline: a business step from the record, a durable event beneath it (an activity with its
/// duration, a timer with its due time, an event received, a retry, a failure) or a notice with its delivery status.
/// <see cref="Detail"/> holds decoded, masked, readable fields.
/// </summary>
[Description("案件时间线的一条。One entry of a case timeline: business step, durable event or notice.")]
public sealed record CaseTimelineEntry(
    DateTimeOffset At, [WireValues(typeof(CaseTimelineEntry), Schema = "CaseTimelineLayer")] string Layer,
    [Description("名称。By layer: the business step (submitted, reminded …), the activity, timer or event, or the "
        + "notice's kind.")]
    string Name,
    [Description("状态。By layer: business, the stage or status the step left the case in; durable, started, running, "
        + "completed, failed, waiting, fired, received …; notice, the delivery status. Text, not an enum.")]
    string Status,
    [Description("详情（脱敏）。The entry's readable fields, decoded and masked; the keys vary by entry.")]
    IReadOnlyDictionary<string, string> Detail)
{
    public const string Business = "business";
    public const string Durable = "durable";
    public const string Notice = "notice";

    public long? DurationMs { get; init; }

    /// <summary>The instance a durable entry comes from.</summary>
    public string? InstanceId { get; init; }
}

/// <summary>
/// A case as its timeline heads it: kind, id, stage or status, and the office that handles it (if any).
/// </summary>
[Description("案件概要。The case a timeline belongs to: its kind, id, stage and office.")]
public sealed record CaseHeader(
    [WireValues(typeof(CaseKinds), Schema = "CaseKind")] string Kind,
    string Id,
    string Stage,
    [WireValues(typeof(ApplicationRoute), Member = nameof(ApplicationRoute.Offices), Schema = "Office")]
    string? Office);

/// <summary>
/// A case's whole timeline, oldest first, the instances it was read from, and the controls it allows now.
/// </summary>
[Description("案件全流程时间线。A case's whole timeline across its instances, and the controls it allows now.")]
public sealed record CaseTimelineView(
    [Description("案件。The case: kind, id, stage or status, and office.")] CaseHeader Case,
    IReadOnlyList<string> InstanceIds,
    [Description("时间线。Business steps, durable events and notices, oldest first.")]
    IReadOnlyList<CaseTimelineEntry> Entries)
{
    /// <summary>Only the ops controls the case allows now, each with what it will do to the case.</summary>
    [Description("可用操作。Only the ops controls the case allows now, each with what it will do to the case.")]
    public IReadOnlyList<CaseControl> Controls { get; init; } = [];
}
