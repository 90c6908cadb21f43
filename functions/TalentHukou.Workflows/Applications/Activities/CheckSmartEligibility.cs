using Microsoft.DurableTask;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Registry;

namespace TalentHukou.Workflows.Applications.Activities;

/// <summary>
/// The smart path's automated checks (智能审批): eligibility rules plus the registry facts as they are now. The birth
/// date is stored encrypted (beside the masked ID number it would give 16 of the 18 digits) and read here only.
/// </summary>
public sealed class CheckSmartEligibility(
    ApplicationStore applications, EmployerDirectory employers, PersonalDataProtector protector)
    : TaskActivity<EligibilityRequest, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, EligibilityRequest input)
    {
        var record = (await applications.GetAsync(input.ApplicationId, CancellationToken.None))?.Record
            ?? throw new InvalidOperationException($"Application {input.ApplicationId} does not exist.");
        var today = ChinaTime.DateOf(input.At);
        var failures = EligibilityPolicy.Default.Check(
                BirthDates.Read(protector.Decrypt(record.Applicant.BirthDateProtected)),
                record.Education.Degree,
                record.Education.GraduationDate,
                today)
            .Select(f => f.MessageZh).ToList();
        var employer = await employers.GetAsync(record.Employer.EmployerId, CancellationToken.None);
        if (employer is null || employer.Details.Kind != record.Employer.Kind)
            failures.Add("引进单位信息已变更，请重新提交申请");
        return failures;
    }
}

/// <summary>Which application to check, and the business time of the check.</summary>
public sealed record EligibilityRequest(string ApplicationId, DateTimeOffset At);
