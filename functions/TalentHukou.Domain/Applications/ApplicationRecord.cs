using System.ComponentModel;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Domain.Applications;

/// <summary>
/// The read model of one application, written only by the application's activities (and, for objections, by the
/// objection route) and read by the status and list routes. Personal numbers are kept masked, hashed or encrypted.
/// </summary>
public sealed record ApplicationRecord
{
    public required string ApplicationId { get; init; }
    public required string OwnerSub { get; init; }
    public required ApprovalMode Mode { get; init; }
    public required ApplicationStage Stage { get; init; }
    public required ApplicantInfo Applicant { get; init; }
    public required EmployerRef Employer { get; init; }
    public required ApplicationRoute Route { get; init; }
    public required bool NeedsUnitReview { get; init; }
    public required EducationInfo Education { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    public WorkingDayPeriod? Publicity { get; init; }
    public IReadOnlyList<Objection> Objections { get; init; } = [];
    public IReadOnlyList<Escalation> Escalations { get; init; } = [];
    public CardInfo? Card { get; init; }
    public ESignature? Signature { get; init; }
    public DateTimeOffset? CardDeadline { get; init; }
    public string PsbCheck { get; init; } = PsbCheckStatus.NotStarted;
    public string? Reason { get; init; }

    /// <summary>The person's application before this one (withdrawn or rejected), when there was one.</summary>
    public string? PreviousApplicationId { get; init; }

    /// <summary>
    /// The opaque id of this application's entry in the public publicity roster, once publicity started.
    /// </summary>
    public string? RosterId { get; init; }

    /// <summary>
    /// The step the application waits at and when it is due (reviewer queues sort by it); null when none.
    /// </summary>
    public StepDue? Waiting { get; init; }

    /// <summary>
    /// The supporting documents (degree certificate scans and the like), as uploaded; the files are private blobs.
    /// </summary>
    public IReadOnlyList<MaterialInfo> Materials { get; init; } = [];

    /// <summary>The latest return for correction (退回补正), while returned and after; null if never returned.</summary>
    public ReturnInfo? Return { get; init; }

    /// <summary>How many times the application was returned for correction.</summary>
    public int ReturnCount { get; init; }

    /// <summary>When the materials were deleted under the retention rule; null while they are kept.</summary>
    public DateTimeOffset? MaterialsDeletedAt { get; init; }

    /// <summary>Whether the step it waits at has passed its escalation deadline.</summary>
    public bool IsEscalated => Waiting is { } w && Escalations.Any(e => e.Step == w.Step && e.At >= w.Since);
}

/// <summary>
/// A waiting step (<c>unit-review</c>, <c>hrss-review</c>, <c>card-office</c>, <c>card-signature</c>) and its deadline.
/// </summary>
public sealed record StepDue(string Step, DateTimeOffset Since, DateTimeOffset DueBy);

/// <summary>
/// The applicant: name in clear (it is printed on the card), numbers masked, the ID number also hashed and encrypted.
/// </summary>
public sealed record ApplicantInfo(
    string Name,
    string IdNumberMasked,
    string IdNumberIndex,
    string IdNumberProtected,
    string BirthDateProtected,
    string PhoneMasked,
    string Email)
{
    /// <summary>
    /// <c>male</c> or <c>female</c>, derived from the ID number at submission; null for older records.
    /// </summary>
    public string? Gender { get; init; }

    /// <summary>
    /// The mobile number encrypted under the personal-data key, kept only when it was verified (a confirmed
    /// <c>phoneVerificationId</c>): SMS notices go to it and to nothing else. Null: the number is unverified.
    /// </summary>
    public string? PhoneProtected { get; init; }

    /// <summary><c>sms</c>, <c>email</c> or <c>both</c> (contract v1.2); older records: both.</summary>
    public string ContactPreference { get; init; } = Common.ContactPreference.Both;
}

/// <summary>The employer the application names, as it was at submission.</summary>
public sealed record EmployerRef(string EmployerId, string Name, EmployerKind Kind, string District);

/// <summary>The degree certificate's facts.</summary>
public sealed record EducationInfo(
    string SchoolId,
    string SchoolName,
    string MajorId,
    string MajorName,
    Degree Degree,
    DateOnly GraduationDate,
    string CertificateNo);

/// <summary>One step of the application's history, in business time.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Event, string? Stage, string? Note)
{
    /// <summary>For <c>deadline-moved</c>: which deadline moved, from when to when, by which notice.</summary>
    public DeadlineMove? Moved { get; init; }
}

/// <summary>A deadline a holiday notice moved (<see cref="DeadlineKinds"/>), from and to, and the notice.</summary>
[Description("节假日通知调整的期限。A deadline a holiday notice moved: which one, from, to, and the notice.")]
public sealed record DeadlineMove(
    [WireValues(typeof(DeadlineKinds), Schema = "DeadlineKind")] string Deadline,
    [Description("原期限。The deadline before the notice (an instant).")] DateTimeOffset From,
    [Description("新期限。The deadline the notice moved it to (an instant).")] DateTimeOffset To,
    string Reference);

/// <summary>An objection raised during publicity (异议) and its resolution.</summary>
public sealed record Objection(
    string ObjectionId,
    string Reason,
    string ContactMasked,
    string FiledBy,
    DateTimeOffset FiledAt)
{
    public string Status { get; init; } = ObjectionStatus.Open;
    public string? Note { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? ResolvedBy { get; init; }
}

/// <summary>A waiting step that passed its deadline.</summary>
[Description("超时督办记录。A review step that passed its escalation deadline, and when.")]
public sealed record Escalation(
    [WireValues(typeof(EscalationSteps), Schema = "EscalationStep")]
    [Description("督办环节。The step whose wait passed its escalation deadline.")]
    string Step,
    DateTimeOffset At);

/// <summary>The steps of an application whose wait is escalated (督办) when it passes its deadline.</summary>
public static class EscalationSteps
{
    public const string UnitReview = "unit-review";
    public const string HrssReview = "hrss-review";
    public const string CardOffice = "card-office";
}

/// <summary>The issued card, once the card saga has stored it.</summary>
public sealed record CardInfo(string Number, DateTimeOffset IssuedAt, bool Downloadable);

/// <summary>The applicant's e-signature for generating the card on the smart path.</summary>
public sealed record ESignature(string SignedName, DateTimeOffset SignedAt, string SignedBy);

/// <summary>Objection states.</summary>
public static class ObjectionStatus
{
    public const string Open = "open";
    public const string Upheld = "upheld";
    public const string Dismissed = "dismissed";
}

/// <summary>States of the public-security cross-check.</summary>
public static class PsbCheckStatus
{
    public const string NotStarted = "not-started";
    public const string Pending = "pending";
    public const string Synced = "synced";
    public const string Reconciling = "reconciling";
    public const string Failed = "failed";
}
