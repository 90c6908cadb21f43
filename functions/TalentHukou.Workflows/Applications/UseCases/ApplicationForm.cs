using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>An application as submitted, its fields already parsed and valid on their own.</summary>
public sealed record ApplicationForm(
    string OwnerSub,
    PersonName Name,
    ResidentIdNumber IdNumber,
    MobilePhone Phone,
    EmailAddress? Email,
    ApprovalMode Mode,
    string EmployerId,
    string SchoolId,
    string MajorId,
    Degree Degree,
    DateOnly GraduationDate,
    string CertificateNo)
{
    /// <summary>The supporting documents, already stored (multipart submissions); none for a JSON submission.</summary>
    public IReadOnlyList<MaterialInfo> Materials { get; init; } = [];

    /// <summary><c>sms</c>, <c>email</c> or <c>both</c> (<see cref="Domain.Common.ContactPreference"/>).</summary>
    public string ContactPreference { get; init; } = Domain.Common.ContactPreference.Both;

    /// <summary>The caller's confirmed verification of <see cref="Phone"/>, if they name one.</summary>
    public string? PhoneVerificationId { get; init; }
}
