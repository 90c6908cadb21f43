namespace TalentHukou.Domain.Applications;

/// <summary>
/// The automated checks of the smart (智能审批) path: age limits by degree, and dates that make sense. An application
/// that fails any check is rejected with every reason; the applicant can apply again on the manual path.
/// </summary>
public sealed record EligibilityPolicy(
    int BachelorMaxAge,
    int MasterMaxAge,
    int DoctorateMaxAge,
    bool AssociateAllowedOnSmartPath)
{
    /// <summary>
    /// Under 40 with a bachelor's degree, under 45 with a master's, under 50 with a doctorate;
    /// associates apply manually.
    /// </summary>
    public static EligibilityPolicy Default { get; } = new(40, 45, 50, false);

    public IReadOnlyList<EligibilityFailure> Check(
        DateOnly birthDate, Degree degree, DateOnly graduationDate, DateOnly today)
    {
        var failures = new List<EligibilityFailure>();
        var age = AgeOn(birthDate, today);
        var limit = degree switch
        {
            Degree.Bachelor => BachelorMaxAge,
            Degree.Master => MasterMaxAge,
            Degree.Doctorate => DoctorateMaxAge,
            _ => (int?)null,
        };
        if (degree == Degree.Associate && !AssociateAllowedOnSmartPath)
            failures.Add(new(
                "degree",
                "大专学历申请不适用智能审批，请选择人工审批",
                "Associate degrees are not eligible for smart approval; apply on the manual path."));
        if (limit is not null && age >= limit)
            failures.Add(new("age", $"年龄应未满{limit}周岁", $"Applicants with this degree must be under {limit}."));
        if (graduationDate > today)
            failures.Add(new("graduationDate", "毕业时间不能晚于申请时间", "The graduation date is in the future."));
        if (AgeOn(birthDate, graduationDate) < 16)
            failures.Add(new(
                "graduationDate", "毕业时间与出生日期不符", "The graduation date is implausibly early for the birth date."));
        return failures;
    }

    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}

/// <summary>One failed smart-approval check, in Chinese for the applicant and English for developers.</summary>
public sealed record EligibilityFailure(string Check, string MessageZh, string MessageEn);
