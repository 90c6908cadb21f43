using System.ComponentModel;
using TalentHukou.Adapters.Registry;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>An employer as search answers show it (contact phone masked).</summary>
[Description("企业信息。An employer of the registry.")]
public sealed record EmployerView(string EmployerId, string Name, string CreditCode,
    [WireValues(typeof(EmployerKind))] string Kind,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string District,
    string DistrictName, string Address, string ContactName, string ContactPhone)
{
    public static EmployerView From(EmployerRecord r) => new(
        r.EmployerId, r.Details.Name, r.Details.CreditCode, WireEnum<EmployerKind>.Name(r.Details.Kind),
        r.Details.District, Districts.Names.GetValueOrDefault(r.Details.District, ""), r.Details.Address,
        Masking.Name(r.Details.ContactName), Masking.Phone(r.Details.ContactPhone));
}

/// <summary>
/// A registry request's progress: the 已添加企业审核进度查询 answer. School and major requests also show what they
/// propose and their attachments (read through <c>attachmentUrls</c>).
/// </summary>
[Description("登记申请审核进度。A registry request and its review progress.")]
public sealed record RegistryRequestView(
    string RequestId,
    [WireValues(typeof(RegistryRequestType))] string Type,
    [WireValues(typeof(RegistryRequestStatus))] string Status,
    string Subject, DateTimeOffset FiledAt, DateTimeOffset DueBy, bool Overdue,
    DateTimeOffset? EscalatedAt, DateTimeOffset? DecidedAt, string? Reason, string? ResultId, int Attachments,
    IReadOnlyList<string> AttachmentIds, IReadOnlyList<string> AttachmentUrls, object? Proposal)
{
    /// <summary>The request passed its deadline and the registry admins were alerted.</summary>
    public bool Escalated => EscalatedAt is not null;

    /// <summary>True when <see cref="DueBy"/> counts days in a year without a holiday notice (provisional).</summary>
    public bool? DueByProvisional { get; init; }

    /// <summary>The view with <paramref name="proposal"/> (see <see cref="RegistryProposalViews"/>), or none.</summary>
    public static RegistryRequestView From(
        RegistryRequest r, DateTimeOffset businessNow, WorkingDayCalendar calendar, object? proposal = null) => new(
        r.RequestId, WireEnum<RegistryRequestType>.Name(r.Type), WireEnum<RegistryRequestStatus>.Name(r.Status),
        r.Subject, r.FiledAt, r.DueBy, r.IsOverdueAt(businessNow), r.EscalatedAt, r.DecidedAt, r.Reason, r.ResultId,
        r.AttachmentIds.Count, r.AttachmentIds,
        r.AttachmentIds.Select(id => $"/api/registry/requests/{r.RequestId}/attachments/{id}").ToList(), proposal)
        {
            DueByProvisional = calendar.IsProvisional(r.FiledAt, r.DueBy) ? true : null,
        };
}

/// <summary>A school as search answers show it.</summary>
[Description("院校信息。A school of the registry.")]
public sealed record SchoolView(
    string SchoolId, string Name,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string? District,
    string? DistrictName)
{
    public static SchoolView From(SchoolRecord s) => new(
        s.SchoolId, s.Name, s.District, s.District is null ? null : Districts.Names.GetValueOrDefault(s.District));
}

/// <summary>A major as search answers show it.</summary>
[Description("专业信息。A major of a school.")]
public sealed record MajorView(string MajorId, string SchoolId, string Name)
{
    public static MajorView From(MajorRecord m) => new(m.MajorId, m.SchoolId, m.Name);
}

/// <summary>The 202 answer to a new registry request.</summary>
[Description("登记申请已受理。The 202 answer to a registry request.")]
public sealed record RegistryRequestAccepted(string RequestId,
    [WireValues(typeof(RegistryRequestStatus))] string Status, DateTimeOffset DueBy)
{
    /// <summary>True when <see cref="DueBy"/> counts days in a year without a holiday notice (provisional).</summary>
    public bool? DueByProvisional { get; init; }
}

/// <summary>One page of the review queue.</summary>
[Description("登记申请审核队列（分页）。One page of registry requests with counts by status.")]
public sealed record RegistryQueuePage(IReadOnlyList<RegistryRequestView> Items, string? ContinuationToken)
{
    /// <summary>
    /// The admins' queue: requests by status (wire names), for badges; absent on a person's own list.
    /// </summary>
    public IReadOnlyDictionary<string, int>? Counts { get; init; }
}

/// <summary>A registry admin's decision.</summary>
[Description("审核决定。A registry admin's approval or rejection.")]
public sealed record DecisionBody(
    bool? Approve,
    [OptionalField]
    [TextField(0, 500)]
    string? Reason);
