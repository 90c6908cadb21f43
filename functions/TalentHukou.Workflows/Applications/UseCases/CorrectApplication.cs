using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Decisions;

namespace TalentHukou.Workflows.Applications.UseCases;

/// <summary>
/// The applicant corrects a returned application: the corrected fields and new materials are written to the record
/// while it is <c>returned</c> (so no personal data travels through the orchestration), then a decision of kind
/// <see cref="DecisionKinds.Correction"/> names what changed and sends the application back to its review.
/// </summary>
public sealed class CorrectApplication(TakeDecision decisions, ApplicationUpdater updater, IEducationLookup education)
{
    public async Task<DecisionOutcome> CorrectAsync(
        DurableTaskClient durable, ApplicationRecord record, ApplicationCorrection correction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(correction);
        if (record.Stage != ApplicationStage.Returned) return WrongStage(record);
        var schoolId = correction.SchoolId ?? record.Education.SchoolId;
        var majorId = correction.MajorId ?? record.Education.MajorId;
        var names = new EducationNames(record.Education.SchoolName, record.Education.MajorName);
        if (correction.SchoolId is not null || correction.MajorId is not null)
        {
            if (await education.FindAsync(schoolId, majorId, ct) is not { } found)
                return new DecisionOutcome.Invalid([new("education.majorId", "未找到相关院校或专业，请先通过“添加院校/添加专业”提交",
                    "No registered school has a major with these ids.")]);
            names = found;
        }
        var updated = await updater.UpdateAsync(record.ApplicationId, r => r.Stage != ApplicationStage.Returned
            ? r
            : r with
            {
                Applicant = r.Applicant with
                {
                    Name = correction.Name?.Value ?? r.Applicant.Name,
                    PhoneMasked = correction.Phone?.Masked ?? r.Applicant.PhoneMasked,
                    // A new number is not the verified one: SMS stops until it is verified.
                    PhoneProtected = correction.Phone is null ? r.Applicant.PhoneProtected : null,
                },
                Education = r.Education with
                {
                    SchoolId = schoolId,
                    SchoolName = names.SchoolName,
                    MajorId = majorId,
                    MajorName = names.MajorName,
                    Degree = correction.Degree ?? r.Education.Degree,
                    GraduationDate = correction.GraduationDate ?? r.Education.GraduationDate,
                    CertificateNo = correction.CertificateNo ?? r.Education.CertificateNo,
                },
                Materials = [.. r.Materials, .. correction.Materials],
            }, ct);
        if (updated is null || updated.Stage != ApplicationStage.Returned) return WrongStage(updated ?? record);
        var payload = new CorrectionPayload(correction.Fields, correction.Materials.Select(m => m.MaterialId).ToList());
        var actor = new DecisionActor(correction.By, DecisionKinds.RequiredRole(DecisionKinds.Correction)!);
        return await decisions.TakeAsync(durable, updated,
            new DecisionRequest(ApplicationEvents.Correction, DecisionKinds.Correction, actor, payload), ct);
    }

    private static DecisionOutcome.WrongStage WrongStage(ApplicationRecord record) =>
        new(record, "Only a returned application (stage returned) is corrected.");
}

/// <summary>What the applicant corrects: each field is null when unchanged; materials are already stored.</summary>
public sealed record ApplicationCorrection(string By, IReadOnlyList<MaterialInfo> Materials)
{
    public Domain.Identity.PersonName? Name { get; init; }
    public Domain.Identity.MobilePhone? Phone { get; init; }
    public string? SchoolId { get; init; }
    public string? MajorId { get; init; }
    public Degree? Degree { get; init; }
    public DateOnly? GraduationDate { get; init; }
    public string? CertificateNo { get; init; }

    /// <summary>The names (<see cref="CorrectableFields"/>) of the fields this correction changes.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}
