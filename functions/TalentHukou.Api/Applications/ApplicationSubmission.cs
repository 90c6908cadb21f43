using System.Globalization;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>POST /applications</c>: reads and checks the body's fields (everything a reviewer would otherwise bounce), hands the
/// form to <see cref="SubmitApplication"/>, and answers its outcome.
/// </summary>
public static class ApplicationSubmission
{
    public static async Task<IResult> Submit(ApiRequest request, ApplicationServices services)
    {
        var body = await request.ReadJsonAsync<ApplicationBody>();
        var v = new BodyValidator();
        var form = Read(body, request.Caller.Subject, services.Clock.Today, v);
        if (form is null) return v.Problem();
        // Before the lock is looked at: a stranger's number is refused whether or not it has an application.
        switch (services.Identity.Check(request.Caller, form.IdNumber))
        {
            case IdentityMatch.Missing:
                return Problems.Problems.Result(ApplicationProblems.IdentityMismatch,
                    "The token carries no real-name-verified identity; sign in through the identity platform.");
            case IdentityMatch.Mismatch:
                return Problems.Problems.Result(ApplicationProblems.IdentityMismatch,
                    "The applicant's ID number is not the caller's verified ID number.");
        }
        return await services.Submit.SubmitAsync(request.Durable, form, request.Aborted) switch
        {
            SubmissionOutcome.Accepted { Application: var a } => TypedResults.Accepted($"/api/applications/{a.ApplicationId}",
                new ApplicationAccepted(a.ApplicationId, StageNames.Wire(a.Stage), new RouteView(a.Route.Level, a.Route.District, a.Route.OfficeName))),
            SubmissionOutcome.Refused { Errors: var errors } => Problems.Problems.Validation(errors),
            SubmissionOutcome.Duplicate { OwnApplicationId: var own } => Problems.Problems.Result(ApplicationProblems.Duplicate,
                "This ID number already has an active application; one active application per person.", extra: new { applicationId = own }),
            _ => StillStarting(request),
        };
    }

    /// <summary>Not named yet: a client given its id would stop retrying before anything runs it.</summary>
    private static IResult StillStarting(ApiRequest request)
    {
        request.Http.Response.Headers.RetryAfter = "5";
        return Problems.Problems.Result(ApplicationProblems.StillStarting,
            "An earlier submission of this application is still being stored or started; retry shortly.");
    }

    private static ApplicationForm? Read(ApplicationBody body, string owner, DateOnly today, BodyValidator v)
    {
        var name = v.Check("applicant.name", PersonName.Parse(body.Applicant?.Name));
        var idNumber = v.Check("applicant.idNumber", ResidentIdNumber.Parse(body.Applicant?.IdNumber, today));
        var phone = v.Check("applicant.phone", MobilePhone.Parse(body.Applicant?.Phone));
        var email = v.Check("applicant.email", EmailAddress.Parse(body.Applicant?.Email));
        var mode = v.OneOf<ApprovalMode>("approvalMode", body.ApprovalMode);
        var degree = v.OneOf<Degree>("education.degree", body.Education?.Degree);
        var graduation = ReadGraduationDate(body.Education?.GraduationDate, idNumber?.BirthDate, today, v);
        var certificate = v.Text("education.certificateNo", body.Education?.CertificateNo, 4, 40);
        if (certificate is not null)
            v.Require(certificate.All(char.IsAsciiLetterOrDigit), "education.certificateNo", "证书编号只能包含字母和数字", "certificateNo must be letters and digits.");
        var employerId = v.Text("employerId", body.EmployerId, 1, 64);
        var schoolId = v.Text("education.schoolId", body.Education?.SchoolId, 1, 64);
        var majorId = v.Text("education.majorId", body.Education?.MajorId, 1, 64);
        if (!v.IsValid) return null;
        return new ApplicationForm(owner, name!, idNumber!, phone!, email!, mode!.Value, employerId!, schoolId!, majorId!,
            degree!.Value, graduation!.Value, certificate!);
    }

    private static DateOnly? ReadGraduationDate(string? text, DateOnly? birthDate, DateOnly today, BodyValidator v)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            v.Add("education.graduationDate", "日期格式应为yyyy-MM-dd", "graduationDate must be a date in yyyy-MM-dd format.");
            return null;
        }
        v.Require(date <= today, "education.graduationDate", "毕业时间不能晚于今天", "graduationDate is in the future.");
        v.Require(birthDate is null || date >= birthDate.Value.AddYears(16), "education.graduationDate", "毕业时间与出生日期不符",
            "graduationDate is implausibly early for the birth date.");
        return date;
    }
}

/// <summary>An application as the front ends submit it.</summary>
public sealed record ApplicationBody(ApplicantBody? Applicant, string? EmployerId, EducationBody? Education, string? ApprovalMode);

/// <summary>The applicant's personal details.</summary>
public sealed record ApplicantBody(string? Name, string? IdNumber, string? Phone, string? Email);

/// <summary>The degree certificate's details.</summary>
public sealed record EducationBody(string? SchoolId, string? MajorId, string? Degree, string? GraduationDate, string? CertificateNo);
