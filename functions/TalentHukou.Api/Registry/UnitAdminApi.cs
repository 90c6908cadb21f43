using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Privacy;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>
/// Seed Q3: legal-entity unit admin permission, which only government agencies and public institutions need;
/// everyone else applies with personal permission, straight to the HRSS that the routing rule picks.
/// </summary>
public static class UnitAdminApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("FileUnitAdminRequest", "POST", "unit-admins/requests", Access.RolesOf(Roles.Applicant),
            Handle.With<EmployerRegistryServices>(FileRequest))
        {
            Idempotent = true,
            Doc = UnitAdminApiDocs.FileUnitAdminRequest,
        },
        new("DecideUnitAdminRequest", "POST", "unit-admins/requests/{requestId}/decision",
            Access.RolesOf(Roles.RegistryAdmin),
            Handle.With<RegistryRequestServices>(
                (r, s) => RegistryRequestsApi.DecideAsync(r, s, type => type == RegistryRequestType.UnitAdmin)))
        {
            Doc = UnitAdminApiDocs.DecideUnitAdminRequest,
        },
    ];

    public static async Task<IResult> FileRequest(ApiRequest request, EmployerRegistryServices services)
    {
        var body = await request.ReadJsonAsync<UnitAdminRequestBody>();
        var v = new BodyValidator();
        var employerId = v.Text<UnitAdminRequestBody>("employerId", body.EmployerId);
        var name = v.Check("applicantName", PersonName.Parse(body.ApplicantName));
        var idNumber = v.Check("idNumber", ResidentIdNumber.Parse(body.IdNumber, services.Clock.Today));
        var phone = v.Check("phone", MobilePhone.Parse(body.Phone));
        var email = v.Check("email", EmailAddress.Parse(body.Email));
        if (!v.IsValid) return v.Problem();
        if (IdentityRefusal.For(services.Identity, request.Caller, idNumber!) is { } refused) return refused;

        var employer = await services.Employers.GetAsync(employerId!, request.Aborted);
        if (employer is null)
            return Problems.Problems.Result(
                RegistryProblems.EmployerNotFound,
                "No employer has this employerId.",
                new Dictionary<string, string[]> { ["employerId"] = ["单位不存在"] });
        if (!ApplicationRoute.NeedsUnitReview(employer.Details.Kind))
            return NotNeeded(employer);

        var proposal = new UnitAdminProposal(employer.EmployerId, request.Caller.Subject, name!.Masked,
            idNumber!.Masked, services.Protector.IndexOf(idNumber.Value), phone!.Masked, email!.Value);
        var requester = new RegistryRequester(request.Caller.Subject, email.Value, name.Masked);
        var filed = await services.Filer.FileAsync(request.Durable, RegistryRequestType.UnitAdmin, requester,
            employer.Details.Name, RegistryPayload.Write(proposal), [], request.Aborted);
        return RegistryRequestsApi.Accepted(filed, services.Clock.Calendar);
    }

    private static IResult NotNeeded(EmployerRecord employer)
    {
        var route = ApplicationRoute.For(employer.Details.Kind, employer.Details.District);
        var why = employer.Details.Kind == EmployerKind.SasacSoe
            ? "市国资委下属国有企业员工的申请提交至市人社局审核"
            : $"申请将提交至{route.ShortName}审核";
        return Problems.Problems.Result(RegistryProblems.UnitAdminNotNeeded,
            "Only government agencies and public institutions need a legal-entity unit admin. "
                + "Employees of this unit apply with personal permission; the application goes to the "
                + $"{(route.Level == ApplicationRoute.City ? "city" : route.District + " district")} HRSS.",
            title: $"该单位无需申请法人单位系统管理员权限，其员工可以直接使用个人权限申请业务，系统将直接提交到{route.ShortName}审核（{why}）",
            extra: new { route = new { level = route.Level, district = route.District, office = route.OfficeName } });
    }
}

/// <summary>A legal-entity unit admin permission request.</summary>
[Description("单位管理员权限申请。A request to become an employer's unit admin.")]
public sealed record UnitAdminRequestBody(
    [TextField(1, 64)]
    string? EmployerId,
    [PersonNameField]
    string? ApplicantName,
    [Pattern(FieldPatterns.IdNumber)]
    string? IdNumber,
    [Pattern(FieldPatterns.MobilePhone)]
    string? Phone,
    [Format(FieldFormats.Email)]
    string? Email);
