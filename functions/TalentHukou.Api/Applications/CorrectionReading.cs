using System.ComponentModel;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>Reads a correction's fields with the submission's rules; only the fields sent are changed.</summary>
internal static class CorrectionReading
{
    public static ApplicationCorrection? Read(
        CorrectionBody body, string by, IReadOnlyList<MaterialInfo> materials, DateOnly today, BodyValidator v)
    {
        var fields = new List<string>();
        T? Sent<T>(string field, object? value, Func<T?> read)
        {
            if (value is null) return default;
            fields.Add(field);
            return read();
        }
        var a = body.Applicant;
        var e = body.Education;
        var name = Sent("applicant.name", a?.Name, () => v.Check("applicant.name", PersonName.Parse(a!.Name)));
        var phone = Sent("applicant.phone", a?.Phone, () => v.Check("applicant.phone", MobilePhone.Parse(a!.Phone)));
        var schoolId = Sent("education.schoolId", e?.SchoolId,
            () => v.Text<EducationCorrectionBody>("education.schoolId", e!.SchoolId));
        var majorId = Sent("education.majorId", e?.MajorId,
            () => v.Text<EducationCorrectionBody>("education.majorId", e!.MajorId));
        var degree = Sent("education.degree", e?.Degree,
            () => v.OneOf<EducationCorrectionBody, Degree>("education.degree", e!.Degree));
        var graduation = Sent("education.graduationDate", e?.GraduationDate,
            () => ApplicationSubmission.ReadGraduationDate<EducationCorrectionBody>(e!.GraduationDate, null, today, v));
        var certificate = Sent("education.certificateNo", e?.CertificateNo,
            () => v.Text<EducationCorrectionBody>("education.certificateNo", e!.CertificateNo));
        if (certificate is not null) ApplicationSubmission.CertificateShape<EducationCorrectionBody>(certificate, v);
        v.Require(fields.Count > 0 || materials.Count > 0, "correction", "请填写需补正的内容或上传补正材料",
            "A correction changes at least one field or uploads at least one material.");
        if (!v.IsValid) return null;
        return new ApplicationCorrection(by, materials)
        {
            Name = name,
            Phone = phone,
            SchoolId = schoolId,
            MajorId = majorId,
            Degree = degree,
            GraduationDate = graduation,
            CertificateNo = certificate,
            Fields = fields,
        };
    }
}

/// <summary>
/// A correction: only the fields sent are changed (the ID number, employer and approval mode cannot be).
/// </summary>
[Description("退回补正的更正内容。The applicant's correction of a returned application: only the fields the return named.")]
public sealed record CorrectionBody(
    [OptionalField] ApplicantCorrectionBody? Applicant,
    [OptionalField] EducationCorrectionBody? Education);

/// <summary>The applicant's corrected details.</summary>
[Description("补正的申请人信息（只填要改的）。The applicant fields a correction changes; leave out what stays.")]
public sealed record ApplicantCorrectionBody(
    [OptionalField]
    [PersonNameField]
    string? Name,
    [OptionalField]
    [Pattern(FieldPatterns.MobilePhone)]
    string? Phone);

/// <summary>The corrected degree certificate's details.</summary>
[Description("补正的学历学位信息（只填要改的）。The degree fields a correction changes; leave out what stays.")]
public sealed record EducationCorrectionBody(
    [OptionalField]
    [TextField(1, 64)]
    string? SchoolId,
    [OptionalField]
    [TextField(1, 64)]
    string? MajorId,
    [OptionalField, WireValues(typeof(Degree))] string? Degree,
    [OptionalField]
    [Format(FieldFormats.Date)]
    string? GraduationDate,
    [OptionalField]
    [TextField(4, 40)]
    [Pattern(FieldPatterns.CertificateNo)]
    string? CertificateNo);
