using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentHukou.Api.Idempotency;
using TalentHukou.Api.Input;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Applications.Recovery;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Telemetry;
using TalentHukou.Workflows.Time;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Adapters.Telemetry;
using TalentHukou.Adapters.Time;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>POST /applications</c>: validates everything a reviewer would otherwise bounce, routes the application
/// (seed Q3), stores it and starts its orchestration — or, if that fails, removes it again. A retry of the applicant
/// finds an application whose orchestration never started (its host died in between) and starts it; while a first try
/// may still be starting it, the retry is told to come back shortly rather than given the application's id.
/// </summary>
public static partial class ApplicationSubmission
{
    public static async Task<IResult> Submit(ApiRequest request)
    {
        var body = await request.ReadJsonAsync<ApplicationBody>();
        var clock = request.Service<BusinessClock>();
        var v = new BodyValidator();
        var name = v.Check("applicant.name", PersonName.Parse(body.Applicant?.Name));
        var idNumber = v.Check("applicant.idNumber", ResidentIdNumber.Parse(body.Applicant?.IdNumber, clock.Today));
        var phone = v.Check("applicant.phone", MobilePhone.Parse(body.Applicant?.Phone));
        var email = v.Check("applicant.email", EmailAddress.Parse(body.Applicant?.Email));
        var mode = v.OneOf<ApprovalMode>("approvalMode", body.ApprovalMode);
        var degree = v.OneOf<Degree>("education.degree", body.Education?.Degree);
        var graduation = ReadGraduationDate(body.Education?.GraduationDate, idNumber?.BirthDate, clock.Today, v);
        var certificate = v.Text("education.certificateNo", body.Education?.CertificateNo, 4, 40);
        if (certificate is not null) v.Require(certificate.All(char.IsAsciiLetterOrDigit), "education.certificateNo", "证书编号只能包含字母和数字", "certificateNo must be letters and digits.");
        var employerId = v.Text("employerId", body.EmployerId, 1, 64);
        var schoolId = v.Text("education.schoolId", body.Education?.SchoolId, 1, 64);
        var majorId = v.Text("education.majorId", body.Education?.MajorId, 1, 64);
        if (!v.IsValid) return v.Problem();

        // Independent point reads: one round trip's wait instead of three.
        var employerLookup = request.Service<EmployerDirectory>().GetAsync(employerId!, request.Aborted);
        var educationLookup = request.Service<IEducationLookup>().FindAsync(schoolId!, majorId!, request.Aborted);
        await Task.WhenAll(employerLookup, educationLookup);
        var (employer, education) = (await employerLookup, await educationLookup);
        v.Require(employer is not null, "employerId", "引进单位不存在，请先通过“添加企业”提交单位信息", "No approved employer has this id.");
        v.Require(education is not null, "education.majorId", "未找到相关院校或专业，请先通过“添加院校/添加专业”提交", "No registered school has a major with these ids.");
        if (!v.IsValid) return v.Problem();

        var route = ApplicationRoute.For(employer!.Details.Kind, employer.Details.District);
        var needsUnitReview = ApplicationRoute.NeedsUnitReview(employer.Details.Kind);
        var protector = request.Service<PersonalDataProtector>();
        var record = new ApplicationRecord
        {
            ApplicationId = TableKeys.SortableId("A", request.Service<TimeProvider>().GetUtcNow()),
            OwnerSub = request.Caller.Subject,
            Mode = mode!.Value,
            Stage = needsUnitReview ? ApplicationStage.UnitReview : mode == ApprovalMode.Manual ? ApplicationStage.HrssReview : ApplicationStage.Publicity,
            Applicant = new ApplicantInfo(name!.Value, idNumber!.Masked, protector.IndexOf(idNumber.Value), protector.Encrypt(idNumber.Value), idNumber.BirthDate, phone!.Masked, email!.Value),
            Employer = new EmployerRef(employer.EmployerId, employer.Details.Name, employer.Details.Kind, employer.Details.District),
            Route = route,
            NeedsUnitReview = needsUnitReview,
            Education = new EducationInfo(schoolId!, education!.SchoolName, majorId!, education.MajorName, degree!.Value, graduation!.Value, certificate!),
            SubmittedAt = clock.UtcNow,
            Timeline = [new TimelineEntry(clock.UtcNow, "submitted", null, route.OfficeName)],
        };

        await EnsureSweepAsync(request);
        var store = request.Service<ApplicationStore>();
        // Longer ago than any request takes: what was last written before this was left by a host that died.
        var quietSince = request.Service<TimeProvider>().GetUtcNow() - request.Service<IOptions<IdempotencyOptions>>().Value.PendingTimeout;
        if (await store.CreateAsync(record, quietSince, request.Aborted) is { } existing)
        {
            var stored = await store.GetAsync(existing, request.Aborted);
            var mine = stored?.Record.OwnerSub == request.Caller.Subject;
            // No application behind the lock: a first try is storing it, or died before it did (then a retry after the quiet
            // period, or the sweep, frees the lock). Either way the answer is "come back shortly", never "already applied".
            var process = stored is null ? ProcessState.Starting
                : mine ? await ProcessOfAsync(request, existing, stored.Value.LastWritten, quietSince) : ProcessState.Started;
            if (process == ProcessState.Abandoned) return await StartAsync(request, stored!.Value.Record);
            if (process == ProcessState.Starting)
            {
                // Not named yet: a client given its id would stop retrying before anything runs it.
                request.Http.Response.Headers.RetryAfter = "5";
                return Problems.Problems.Result(ApplicationProblems.StillStarting,
                    "An earlier submission of this application is still being stored or started; retry shortly.");
            }
            return Problems.Problems.Result(ApplicationProblems.Duplicate, "This ID number already has an active application; one active application per person.",
                extra: new { applicationId = mine ? existing : null });
        }
        try
        {
            return await StartAsync(request, record);
        }
        catch
        {
            await store.DeleteAsync(record, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Whatever happens to this request, an application it stores will be started: by this request, or by the sweep. The
    /// sweep is the safety net, so failing to start it (a concurrent start racing this one, say) does not fail the submission.
    /// </summary>
    private static async Task EnsureSweepAsync(ApiRequest request)
    {
        try
        {
            await UnstartedApplicationSweep.EnsureRunningAsync(request.Durable, request.Service<UnstartedApplicationSweepInput>(), request.Aborted);
        }
        catch (Exception ex) when (!request.Aborted.IsCancellationRequested)
        {
            LogSweepNotStarted(request.Service<ILoggerFactory>().CreateLogger(typeof(ApplicationSubmission).FullName!), ex.Message);
        }
    }

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Could not make sure the unstarted-application sweep runs ({Error}); the next submission tries again")]
    private static partial void LogSweepNotStarted(ILogger logger, string error);

    private enum ProcessState { Started, Starting, Abandoned }

    /// <summary>
    /// Whether the stored application's process runs; if not, whether a first try may still be about to start it (its record
    /// was written after <paramref name="quietSince"/>) or its host died in between.
    /// </summary>
    private static async Task<ProcessState> ProcessOfAsync(ApiRequest request, string applicationId, DateTimeOffset lastWritten, DateTimeOffset quietSince)
    {
        if (await request.Durable.GetInstanceAsync(ApplicationOrchestrator.InstanceIdFor(applicationId), request.Aborted) is not null)
            return ProcessState.Started;
        return lastWritten < quietSince ? ProcessState.Abandoned : ProcessState.Starting;
    }

    private static async Task<IResult> StartAsync(ApiRequest request, ApplicationRecord record)
    {
        await request.Service<ApplicationProcess>().StartAsync(request.Durable, record, request.Aborted);
        TalentHukouTelemetry.ApplicationsSubmitted.Add(1, new KeyValuePair<string, object?>("approval_mode", record.Mode.ToString().ToLowerInvariant()));
        var route = record.Route;
        return TypedResults.Accepted($"/api/applications/{record.ApplicationId}",
            new ApplicationAccepted(record.ApplicationId, StageNames.Wire(record.Stage), new RouteView(route.Level, route.District, route.OfficeName)));
    }

    private static DateOnly? ReadGraduationDate(string? text, DateOnly? birthDate, DateOnly today, BodyValidator v)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            v.Add("education.graduationDate", "日期格式应为yyyy-MM-dd", "graduationDate must be a date in yyyy-MM-dd format.");
            return null;
        }
        v.Require(date <= today, "education.graduationDate", "毕业时间不能晚于今天", "graduationDate is in the future.");
        v.Require(birthDate is null || date >= birthDate.Value.AddYears(16), "education.graduationDate", "毕业时间与出生日期不符", "graduationDate is implausibly early for the birth date.");
        return date;
    }
}

/// <summary>An application as the front ends submit it.</summary>
public sealed record ApplicationBody(ApplicantBody? Applicant, string? EmployerId, EducationBody? Education, string? ApprovalMode);

/// <summary>The applicant's personal details.</summary>
public sealed record ApplicantBody(string? Name, string? IdNumber, string? Phone, string? Email);

/// <summary>The degree certificate's details.</summary>
public sealed record EducationBody(string? SchoolId, string? MajorId, string? Degree, string? GraduationDate, string? CertificateNo);
