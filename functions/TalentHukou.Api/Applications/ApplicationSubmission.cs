using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>POST /applications</c>: reads and checks the body's fields (everything a reviewer would otherwise bounce), hands
/// the form to <see cref="SubmitApplication"/>, and answers its outcome.
/// </summary>
public static class ApplicationSubmission
{
    /// <summary>The JSON body's limit (the route's own limit fits the multipart variant's files).</summary>
    public const long MaxJsonBytes = 64 * 1024;

    public static async Task<IResult> Submit(ApiRequest request, ApplicationServices services)
    {
        if (MaterialUploads.IsMultipart(request)) return await SubmitWithMaterials(request, services);
        var body = await JsonBody.ReadAsync<ApplicationBody>(request.Http.Request, MaxJsonBytes, request.Aborted);
        var v = new BodyValidator();
        var form = Read(body, request.Caller.Subject, services.Clock.Today, v);
        if (form is null) return v.Problem();
        return IdentityRefusal(request, services, form) ?? await SubmitAsync(request, services, form);
    }

    /// <summary>
    /// Before the lock is looked at: a stranger's number is refused whether or not it has an application.
    /// </summary>
    private static IResult? IdentityRefusal(ApiRequest request, ApplicationServices services, ApplicationForm form) =>
        Auth.IdentityRefusal.For(services.Identity, request.Caller, form.IdNumber);

    /// <summary>
    /// The multipart variant: the files are stored first; the application names them only once they are; any refusal
    /// deletes them (the form's disposal), and they are kept only when the application was accepted.
    /// </summary>
    private static async Task<IResult> SubmitWithMaterials(ApiRequest request, ApplicationServices services)
    {
        await using var upload = await MaterialUploads.ReadAsync(request, services.Blobs, MaterialUploads.Submission);
        var body = MaterialUploads.ReadJsonPart<ApplicationBody>(upload, "application");
        var v = new BodyValidator();
        var form = Read(body, request.Caller.Subject, services.Clock.Today, v);
        MaterialUploads.RequireDegreeCertificate(upload, v);
        if (form is null || !v.IsValid) return v.Problem();
        if (IdentityRefusal(request, services, form) is { } refused) return refused;
        var materials = MaterialUploads.Materials(upload, services.Clock.UtcNow);
        var outcome = await services.Submit.SubmitAsync(
            request.Durable, form with { Materials = materials }, request.Aborted);
        // A retry may be answered with the first try's application, which names the first try's files, not these.
        if (outcome is SubmissionOutcome.Accepted { Application: var a }
            && a.Materials.Any(m => m.MaterialId == materials[0].MaterialId))
            upload.Keep();
        return Answer(request, outcome);
    }

    private static async Task<IResult> SubmitAsync(
        ApiRequest request, ApplicationServices services, ApplicationForm form) =>
        Answer(request, await services.Submit.SubmitAsync(request.Durable, form, request.Aborted));

    private static IResult Answer(ApiRequest request, SubmissionOutcome outcome) => outcome switch
    {
        SubmissionOutcome.Accepted { Application: var a } => TypedResults.Accepted(
            $"/api/applications/{a.ApplicationId}",
            new ApplicationAccepted(
                a.ApplicationId,
                StageNames.Wire(a.Stage),
                new RouteView(a.Route.Level, a.Route.District, a.Route.OfficeName))),
        SubmissionOutcome.Refused { Errors: var errors } => Problems.Problems.Validation(errors),
        SubmissionOutcome.Duplicate { OwnApplicationId: var own } => Problems.Problems.Result(
            ApplicationProblems.Duplicate,
            "This ID number already has an active application; one active application per person.",
            extra: new { applicationId = own }),
        _ => StillStarting(request),
    };

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
        var preference = ContactPreference.Parse(body.ContactPreference);
        v.Require(preference is not null, "contactPreference", "通知方式应为sms、email或both",
            "contactPreference must be sms, email or both.");
        var email = preference == ContactPreference.Sms && string.IsNullOrWhiteSpace(body.Applicant?.Email)
            ? null : v.Check("applicant.email", EmailAddress.Parse(body.Applicant?.Email));
        var verification = body.PhoneVerificationId;
        v.Require(verification is null || Adapters.Sms.Verification.ContactVerificationIds.IsWellFormed(verification),
            "phoneVerificationId", "手机验证编号无效", "phoneVerificationId is not a verification id.");
        var mode = v.OneOf<ApplicationBody, ApprovalMode>("approvalMode", body.ApprovalMode);
        var degree = v.OneOf<EducationBody, Degree>("education.degree", body.Education?.Degree);
        var graduation = ReadGraduationDate<EducationBody>(
            body.Education?.GraduationDate, idNumber?.BirthDate, today, v);
        var certificate = v.Text<EducationBody>("education.certificateNo", body.Education?.CertificateNo);
        if (certificate is not null) CertificateShape<EducationBody>(certificate, v);
        var employerId = v.Text<ApplicationBody>("employerId", body.EmployerId);
        var schoolId = v.Text<EducationBody>("education.schoolId", body.Education?.SchoolId);
        var majorId = v.Text<EducationBody>("education.majorId", body.Education?.MajorId);
        if (!v.IsValid) return null;
        return new ApplicationForm(owner, name!, idNumber!, phone!, email, mode!.Value, employerId!, schoolId!,
            majorId!,
            degree!.Value, graduation!.Value, certificate!)
        { ContactPreference = preference!, PhoneVerificationId = verification };
    }

    /// <summary>A certificate number is letters and digits (the pattern declared on <typeparamref name="TBody"/>).
    /// </summary>
    internal static void CertificateShape<TBody>(string certificate, BodyValidator v) =>
        v.Matches<TBody>("education.certificateNo", certificate, "证书编号只能包含字母和数字",
            "certificateNo must be letters and digits.");

    internal static DateOnly? ReadGraduationDate<TBody>(
        string? text, DateOnly? birthDate, DateOnly today, BodyValidator v)
    {
        if (v.Date<TBody>("education.graduationDate", text) is not { } date) return null;
        v.Require(date <= today, "education.graduationDate", "毕业时间不能晚于今天", "graduationDate is in the future.");
        v.Require(birthDate is null || date >= birthDate.Value.AddYears(16), "education.graduationDate", "毕业时间与出生日期不符",
            "graduationDate is implausibly early for the birth date.");
        return date;
    }
}

/// <summary>An application as the front ends submit it.</summary>
[Description("人才引进入户申请（提交）。A submission: the applicant, the employer, the degree and the approval mode.")]
public sealed record ApplicationBody(
    ApplicantBody? Applicant,
    [TextField(1, 64)]
    string? EmployerId,
    EducationBody? Education,
    [WireValues(typeof(ApprovalMode))] string? ApprovalMode)
{
    /// <summary><c>sms</c>, <c>email</c> or <c>both</c> (default); e-mail may be left out only with
    /// <c>sms</c>.</summary>
    [OptionalField]
    [WireValues(typeof(ContactPreference))]
    public string? ContactPreference { get; init; }

    /// <summary>A confirmed <c>POST /contact-verifications</c> of the applicant's phone: SMS notices go only to
    /// it.</summary>
    [OptionalField]
    [Pattern(FieldPatterns.VerificationId)]
    public string? PhoneVerificationId { get; init; }
}

/// <summary>The applicant's personal details.</summary>
[Description("申请人信息（须与实名认证一致）。The applicant, as the identity platform verified them.")]
public sealed record ApplicantBody(
    string? Name,
    string? IdNumber,
    string? Phone,
    [OptionalField]
    [Format(FieldFormats.Email)]
    string? Email) : PersonBody(Name, IdNumber, Phone);

/// <summary>The degree certificate's details.</summary>
[Description("学历学位信息。The degree certificate the application rests on.")]
public sealed record EducationBody(
    [TextField(1, 64)]
    string? SchoolId,
    [TextField(1, 64)]
    string? MajorId,
    [WireValues(typeof(Degree))] string? Degree,
    [Format(FieldFormats.Date)]
    string? GraduationDate,
    [TextField(4, 40)]
    [Pattern(FieldPatterns.CertificateNo)]
    string? CertificateNo);
