using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Seed;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Identity;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Registry;
using TalentHukou.Workflows.Registry.UseCases;

namespace TalentHukou.Api.Registry;

/// <summary>Seed Q2: search the employer registry by full name; request a unit to be added or modified.</summary>
public static class EmployerRegistryApi
{
    public const string AddRequestRoute = "/api/registry/employer-requests";

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("SearchEmployers", "GET", "registry/employers", Access.SignedIn, Handle.With<EmployerDirectory>(Search))
        {
            Doc = EmployerRegistryApiDocs.SearchEmployers,
        },
        new("FileEmployerRequest", "POST", "registry/employer-requests",
            Access.RolesOf(Roles.Applicant, Roles.UnitAdmin), Handle.With<EmployerRegistryServices>(FileRequest))
        {
            Idempotent = true,
            Doc = EmployerRegistryApiDocs.FileEmployerRequest,
        },
    ];

    public static async Task<IResult> Search(ApiRequest request, EmployerDirectory employers)
    {
        var query = request.Query();
        var name = query.Text(QueryFilters.RegistryName);
        query.ThrowIfInvalid();
        var found = await employers.FindByNameAsync(name!, request.Aborted);
        if (found.Count == 0)
            return Problems.Problems.Result(RegistryProblems.EmployerNotFound,
                "No approved employer has exactly this full name. Enter the complete name, or file an add-request.",
                extra: new { addRequest = AddRequestRoute });
        return TypedResults.Ok(found.Select(EmployerView.From).ToList());
    }

    public static async Task<IResult> FileRequest(ApiRequest request, EmployerRegistryServices services)
    {
        var body = await request.ReadJsonAsync<EmployerRequestBody>();
        var v = new BodyValidator();
        var action = v.OneOf<EmployerRequestBody, EmployerRequestAction>("action", body.Action);
        var details = ReadDetails(body, v);
        if (details is not null) CheckSasacKind(details, services.Sasac, v);
        if (action == EmployerRequestAction.Modify)
            v.Require(!string.IsNullOrWhiteSpace(body.EmployerId), "employerId", "修改单位信息时必须填写单位编号",
                "employerId is required to modify a unit.");
        var requester = RegistryRequesters.Of(request.Caller, body.ContactEmail, v);
        if (!v.IsValid) return v.Problem();

        var directory = services.Employers;
        var modify = action == EmployerRequestAction.Modify;
        var current = modify ? await directory.GetAsync(body.EmployerId!, request.Aborted) : null;
        if (modify && current is null)
            return Problems.Problems.Result(
                RegistryProblems.EmployerNotFound,
                "No employer has this employerId.",
                new Dictionary<string, string[]> { ["employerId"] = ["单位不存在"] });
        if (modify
            && !await IsUnitsOwnAdminAsync(request.Caller, body.EmployerId!, services.Grants, request.Aborted))
        {
            return Problems.Problems.Result(
                RegistryProblems.NotUnitAdmin, "Only the employer's own unit admin proposes changes to it.");
        }
        var sameCode = await directory.FindByCreditCodeAsync(details!.CreditCode, request.Aborted);
        if (sameCode.FirstOrDefault(e => e.EmployerId != body.EmployerId) is { } existing)
            return Problems.Problems.Result(
                RegistryProblems.EmployerAlreadyRegistered,
                "A unit with this credit code is already registered.",
                extra: new { employerId = existing.EmployerId, name = existing.Details.Name });
        var sameName = await directory.FindByNameAsync(details.Name, request.Aborted);
        if (sameName.FirstOrDefault(e => e.EmployerId != body.EmployerId) is { } named)
            return Problems.Problems.Result(
                RegistryProblems.EmployerAlreadyRegistered,
                "A unit with this full name is already registered.",
                extra: new { employerId = named.EmployerId, name = named.Details.Name });

        var type = EmployerRequestActions.RequestType(action!.Value);
        var payload = RegistryPayload.Write(new EmployerProposal(modify ? body.EmployerId : null, details));
        if (current is not null && Domain.Text.NameFolding.Fold(current.Details.Name) == details.Name)
            return RegistryRequestsApi.Accepted(await services.Filer.FileAsync(
                request.Durable, type, requester, details.Name, payload, [], request.Aborted), services.Clock.Calendar);
        var filing = await services.Filer.FileNamedAsync(request.Durable, type, requester, details.Name, payload, [],
            RegistryNameScope.Employer(details.Name, current?.EmployerId), request.Aborted);
        return RegistryNameConflicts.Result(
            filing,
            services.Clock.Calendar,
            RegistryProblems.EmployerAlreadyRegistered,
            "unit",
            (id, name) => new { employerId = id, name });
    }

    /// <summary>The unit admin of that employer: by token claim, or by a permission the registry granted.</summary>
    private static async Task<bool> IsUnitsOwnAdminAsync(
        Caller caller, string employerId, UnitAdminGrants grants, CancellationToken ct) =>
        (caller.IsIn(Roles.UnitAdmin) && caller.Unit == employerId)
        || await grants.IsGrantedAsync(employerId, caller.Subject, ct);

    /// <summary>
    /// The SASAC list decides which units are municipal SASAC enterprises (and so go to the city HRSS).
    /// </summary>
    private static void CheckSasacKind(EmployerDetails details, SasacEnterpriseList sasac, BodyValidator v)
    {
        var listed = sasac.Contains(details.Name);
        if (listed && details.Kind != EmployerKind.SasacSoe)
            v.Add("kind", "该单位为市国资委下属企业，单位类型应为sasac-soe",
                "This unit is on the municipal SASAC list; its kind must be sasac-soe.");
        if (!listed && details.Kind == EmployerKind.SasacSoe)
            v.Add("kind", "该单位不在市国资委下属企业名单中",
                "Only the municipal SASAC enterprises listed by the operators may be of kind sasac-soe.");
    }

    private static EmployerDetails? ReadDetails(EmployerRequestBody body, BodyValidator v)
    {
        var name = v.RegistryName<EmployerRequestBody>("name", body.Name);
        var code = v.Check("creditCode", CreditCode.Parse(body.CreditCode));
        var kind = v.OneOf<EmployerRequestBody, EmployerKind>("kind", body.Kind);
        v.Require(Districts.IsValid(body.District), "district", "请选择广州市的区",
            $"district must be one of: {string.Join(", ", Districts.Names.Keys)}.");
        var address = v.Text<EmployerRequestBody>("address", body.Address);
        var contact = v.Check("contactName", PersonName.Parse(body.ContactName));
        var phone = v.Check("contactPhone", MobilePhone.Parse(body.ContactPhone));
        return v.IsValid
            ? new EmployerDetails(
                name!, code!.Value, kind!.Value, body.District!, address!, contact!.Value, phone!.Value)
            : null;
    }
}

/// <summary>An employer add or modify request as the front ends send it.</summary>
[Description("企业新增或修改申请。A request to add or modify an employer in the registry.")]
public sealed record EmployerRequestBody(
    [WireValues(typeof(EmployerRequestAction))] string? Action,
    [OptionalField, Description("单位编号。The registered employer to change: required when action is modify, "
        + "ignored on add.")]
    string? EmployerId,
    [TextField(2, 100)]
    string? Name,
    [Pattern(FieldPatterns.CreditCode)]
    string? CreditCode,
    [WireValues(typeof(EmployerKind))] string? Kind,
    [WireValues(typeof(Districts), Member = nameof(Districts.Names), Schema = "District")] string? District,
    [TextField(2, 200)]
    string? Address,
    [PersonNameField]
    string? ContactName,
    [Pattern(FieldPatterns.MobilePhone)]
    string? ContactPhone,
    [Format(FieldFormats.Email)]
    string? ContactEmail = null);
