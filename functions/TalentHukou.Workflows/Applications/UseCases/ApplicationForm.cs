using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>An application as submitted, its fields already parsed and valid on their own.</summary>
public sealed record ApplicationForm(
    string OwnerSub,
    PersonName Name,
    ResidentIdNumber IdNumber,
    MobilePhone Phone,
    EmailAddress Email,
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
}
