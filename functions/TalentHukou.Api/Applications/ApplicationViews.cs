using System.ComponentModel;
using System.Text.Json.Serialization;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Api.Input;
using TalentHukou.Api.Uploads;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>GET /applications/{id}</c>: the application's status, timeline, publicity, objections, card and
/// public-security check.
/// </summary>
[Description("申请状态（含办理进度）。"
    + "An application: its stage, timeline, publicity, objections, card and public-security check; "
    + "ID number and phone masked.")]
public sealed record ApplicationView(
    string ApplicationId,
    [WireValues(typeof(ApplicationStage))] string Stage,
    [WireValues(typeof(ApprovalMode))] string ApprovalMode,
    RouteView Route, ApplicantView Applicant, EmployerRefView Employer,
    EducationView Education, DateTimeOffset SubmittedAt, IReadOnlyList<TimelineView> Timeline,
    PublicityView? Publicity, IReadOnlyList<ObjectionView> Objections, CardView? Card,
    [Description("公安核查。The public-security cross-check of the issued card.")]
    PsbCheckView PsbCheck,
    [Description("督办记录。Each wait that passed its escalation deadline, oldest first.")]
    IReadOnlyList<Escalation> Escalations,
    [Description("出卡期限。When the card step is due (the applicant's e-signature on the smart path); null before it.")]
    DateTimeOffset? CardDeadline,
    string? Reason)
{
    /// <summary>The person's application before this one (withdrawn or rejected), when there was one.</summary>
    [Description("上一次申请编号。The person's previous application (withdrawn or rejected), if any.")]
    public string? PreviousApplicationId { get; init; }

    /// <summary>When the step the application waits at is due; null when it waits for no one with a deadline.</summary>
    public DateTimeOffset? DueBy { get; init; }

    /// <summary>Waiting past <see cref="DueBy"/>.</summary>
    public bool Overdue { get; init; }

    /// <summary>The step it waits at passed its escalation deadline.</summary>
    public bool Escalated { get; init; }

    /// <summary>The supporting documents, each with the API path that serves it.</summary>
    [Description("申请材料。The supporting documents, each with the API path that serves it.")]
    public IReadOnlyList<MaterialView> Materials { get; init; } = [];

    /// <summary>True when <see cref="DueBy"/> counts days in a year without a holiday notice (provisional).</summary>
    public bool? DueByProvisional { get; init; }

    /// <summary>While returned (退回补正): when the applicant's correction is due; null otherwise.</summary>
    [Description("补正期限。While returned (退回补正): when the correction is due; null otherwise.")]
    public DateTimeOffset? CorrectionDueBy { get; init; }

    /// <summary>True when <see cref="CorrectionDueBy"/> counts days in a year without a holiday notice.</summary>
    public bool? CorrectionDueByProvisional { get; init; }

    /// <summary>The latest return for correction (what to fix), if any.</summary>
    [Description("退回补正。The latest return for correction (what to fix); null if never returned.")]
    public ReturnView? Return { get; init; }

    /// <summary>How many times the application was returned for correction.</summary>
    public int ReturnCount { get; init; }

    /// <summary>How notices reach the applicant (only on the single view): preference and whether SMS can go.</summary>
    [Description("通知渠道。How notices reach the applicant; only on GET /applications/{applicationId}, null in lists.")]
    public NoticeChannelsView? Notices { get; init; }

    public static ApplicationView From(ApplicationRecord a, bool objectionDetails) => new(
        a.ApplicationId, StageNames.Wire(a.Stage), WireEnum<ApprovalMode>.Name(a.Mode),
        new RouteView(a.Route.Level, a.Route.District, a.Route.OfficeName),
        new ApplicantView(a.Applicant.Name, a.Applicant.IdNumberMasked, a.Applicant.PhoneMasked, a.Applicant.Email),
        new EmployerRefView(a.Employer.EmployerId, a.Employer.Name),
        new EducationView(
            a.Education.SchoolId, a.Education.SchoolName, a.Education.MajorId, a.Education.MajorName,
            WireEnum<Degree>.Name(a.Education.Degree), a.Education.GraduationDate, a.Education.CertificateNo),
        a.SubmittedAt, a.Timeline.Select(t =>
            new TimelineView(t.At, t.Event, t.Stage, t.Note) { Moved = t.Moved }).ToList(),
        a.Publicity is null ? null : new PublicityView(a.Publicity.Start, a.Publicity.End, a.Publicity.EndsAt),
        a.Objections.Select(o => new ObjectionView(
            o.ObjectionId, o.Status, o.FiledAt, o.ResolvedAt,
            objectionDetails ? o.Reason : null, objectionDetails ? o.ContactMasked : null, o.Note)).ToList(),
        a.Card is null ? null : new CardView(a.Card.Number, a.Card.IssuedAt, a.Card.Downloadable),
        new PsbCheckView(a.PsbCheck), a.Escalations, a.CardDeadline, a.Reason)
    {
        PreviousApplicationId = a.PreviousApplicationId,
        DueBy = a.Waiting?.DueBy,
        Materials = a.MaterialsDeletedAt is not null ? [] : a.Materials.Select(m => new MaterialView(
            m.MaterialId, m.Kind, m.ContentType, m.Size,
            m.UploadedAt, $"/api/applications/{a.ApplicationId}/materials/{m.MaterialId}")).ToList(),
        CorrectionDueBy = a.Stage == ApplicationStage.Returned ? a.Return?.CorrectionDueBy : null,
        Return = a.Return is { } r ? new ReturnView(r.Items, r.FromStage, r.ReturnedAt, r.CorrectionDueBy) : null,
        ReturnCount = a.ReturnCount,
    };

    /// <summary>The view with the queue flags at <paramref name="businessNow"/> and provisional flags.</summary>
    public static ApplicationView From(
        ApplicationRecord a, bool objectionDetails, DateTimeOffset businessNow, WorkingDayCalendar calendar)
    {
        var view = From(a, objectionDetails);
        return view with
        {
            Overdue = a.Waiting is { } w && businessNow > w.DueBy,
            Escalated = a.IsEscalated,
            DueByProvisional = a.Waiting is { } due && calendar.IsProvisional(due.Since, due.DueBy) ? true : null,
            CorrectionDueByProvisional =
                view.CorrectionDueBy is { } c && calendar.IsProvisional(a.Return!.ReturnedAt, c) ? true : null,
            Publicity = a.Publicity is { } p && view.Publicity is { } shown && calendar.IsProvisional(p.Start, p.End)
                ? shown with { EndProvisional = true }
                : view.Publicity,
        };
    }
}

/// <summary>A supporting document: its id, kind, type, size, upload time and the API path that serves it.</summary>
[Description("申请材料。A supporting document: its kind, type, size and the API path that serves it.")]
public sealed record MaterialView(
    [Description("材料编号。The material's id within the application.")]
    string Id,
    [WireValues(typeof(MaterialKinds), Schema = "MaterialKind")] string Kind,
    [WireValues(typeof(FileKinds), Member = nameof(FileKinds.ContentTypes), Schema = "FileContentType")]
    [Description("文件类型。The file's media type, as its first bytes showed it on upload.")]
    string ContentType,
    [Description("文件大小。In bytes.")]
    long Size, DateTimeOffset UploadedAt, string Url);

/// <summary>
/// A return for correction: the items to fix, the stage it returned from, when, and the correction deadline.
/// </summary>
[Description("退回补正。The latest return for correction: what to fix, from which stage, when, and the deadline.")]
public sealed record ReturnView(IReadOnlyList<ReturnItem> Items,
    [WireValues(typeof(ApplicationStage))] string FromStage, DateTimeOffset ReturnedAt, DateTimeOffset CorrectionDueBy);

/// <summary>Which HRSS reviews the application.</summary>
[Description("受理的人社部门。The HRSS office that reviews the application.")]
public sealed record RouteView([WireValues(typeof(ApplicationRoute), Schema = "RouteLevel")] string Level,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string? District,
    string Office);

/// <summary>The applicant, with the ID number and phone masked.</summary>
[Description("申请人（脱敏）。The applicant, ID number and phone masked.")]
public sealed record ApplicantView(string Name, string IdNumber, string Phone, string Email);

/// <summary>The employer named in the application.</summary>
[Description("申报单位。The employer named in the application.")]
public sealed record EmployerRefView(string EmployerId, string Name);

/// <summary>The degree certificate.</summary>
[Description("学历学位信息。The degree certificate the application rests on, with school and major names.")]
public sealed record EducationView(string SchoolId, string SchoolName, string MajorId, string MajorName,
    [WireValues(typeof(Degree))] string Degree, DateOnly GraduationDate, string CertificateNo);

/// <summary>
/// A step of the application's history; a notice entry (<c>event</c> = <c>notice</c>, <c>note</c> = its kind) also has
/// its <c>channel</c> (<c>email</c>/<c>sms</c>), delivery <c>status</c> (<c>queued</c>, <c>sent</c>, <c>delivered</c>,
/// <c>failed</c>) and the masked address or number it went <c>to</c> (contract v1.2).
/// </summary>
[Description("办理进度中的一步。One step of the application's history.")]
public sealed record TimelineView(DateTimeOffset At,
    [Description("事件。What happened (submitted, hrss-review-approved, notice, card-issued-2 …): text that may carry "
        + "ids, not an enum; stage says where the case stands.")]
    string Event,
    [WireValues(typeof(ApplicationStage))] string? Stage, string? Note)
{
    [Description("通知渠道（仅通知条目）。On a notice entry only: the channel it went by.")]
    [WireValues(typeof(OutboxChannel), Schema = "NoticeChannel")]
    public string? Channel { get; init; }

    [WireValues(typeof(ApplicationNoticesView), Member = nameof(ApplicationNoticesView.DeliveryStatuses),
        Schema = "DeliveryStatus")]
    [Description("送达状态（仅通知条目）。On a notice entry only: its delivery status.")]
    public string? Status { get; init; }

    [Description("收件地址（脱敏）。On a notice entry only: the masked e-mail address or phone number it went to.")]
    public string? To { get; init; }

    /// <summary>On <c>deadline-moved</c> only: which deadline a notice moved, from, to, and the notice.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Description("期限变动（仅 deadline-moved）。Which deadline a holiday notice moved, from and to; absent otherwise.")]
    public DeadlineMove? Moved { get; init; }
}

/// <summary>The publicity's working days (start and end inclusive) and the instant it ends.</summary>
[Description("公示期。The publicity's working days and the instant it ends.")]
public sealed record PublicityView(DateOnly Start, DateOnly End, DateTimeOffset EndsAt)
{
    /// <summary>True when the period counts days in a year without a holiday notice (provisional).</summary>
    public bool? EndProvisional { get; init; }
}

/// <summary>An objection; its text and contact only for reviewers, DRC and ops.</summary>
[Description("公示异议。An objection raised during publicity; its text and contact only for reviewers, DRC and ops.")]
public sealed record ObjectionView(string ObjectionId,
    [WireValues(typeof(ObjectionStatus))] string Status,
    DateTimeOffset FiledAt, DateTimeOffset? ResolvedAt, string? Reason, string? Contact, string? Note);

/// <summary>The issued card.</summary>
[Description("入户卡。The issued card.")]
public sealed record CardView(string Number, DateTimeOffset IssuedAt, bool Downloadable);

/// <summary>The public-security cross-check's state.</summary>
[Description("公安核查状态。The public-security cross-check's state.")]
public sealed record PsbCheckView([WireValues(typeof(PsbCheckStatus))] string Status);

/// <summary>The 202 answer to a submission.</summary>
[Description("申请已受理。The 202 answer to a submission: its id, first stage and reviewing office.")]
public sealed record ApplicationAccepted(string ApplicationId,
    [WireValues(typeof(ApplicationStage))] string Stage, RouteView Route);

/// <summary>
/// One page of a list; staff queues also count the queue's applications by stage (wire names), for badges.
/// </summary>
[Description("申请列表（分页）。One page of applications; staff queues add counts by stage.")]
public sealed record ApplicationPage(IReadOnlyList<ApplicationView> Items, string? ContinuationToken)
{
    public IReadOnlyDictionary<string, int>? Counts { get; init; }
}
