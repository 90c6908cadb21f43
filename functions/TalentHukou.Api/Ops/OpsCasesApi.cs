using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Cases;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Open cases whose process is gone, and their repair; open cases whose process is suspended (contract v1.2).
/// </summary>
public static class OpsCasesApi
{
    private static readonly Access OpsOnly = Access.RolesOf(Roles.Ops);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsStrandedCases", "GET", "ops/cases/stranded", OpsOnly, Handle.With<OpsStrandedServices>(List))
        {
            Doc = OpsCasesApiDocs.OpsStrandedCases,
        },
        new("OpsSuspendedCases", "GET", "ops/cases/suspended", OpsOnly, Handle.With<OpsStrandedServices>(ListSuspended))
        {
            Doc = OpsCasesApiDocs.OpsSuspendedCases,
        },
        new("OpsRepairCase", "POST", "ops/cases/{kind}/{caseId}/repair", OpsOnly,
            Handle.With<OpsStrandedServices>(Repair)) { Doc = OpsCasesApiDocs.OpsRepairCase },
    ];

    public static async Task<IResult> List(ApiRequest request, OpsStrandedServices services) =>
        TypedResults.Ok(new StrandedPage(await services.Stranded.ListAsync(request.Durable, request.Aborted)));

    public static async Task<IResult> ListSuspended(ApiRequest request, OpsStrandedServices services) =>
        TypedResults.Ok(new StrandedPage(await services.Stranded.ListSuspendedAsync(request.Durable, request.Aborted)));

    public static async Task<IResult> Repair(ApiRequest request, OpsStrandedServices services)
    {
        var (reason, problem) = await OpsCaseControls.ReadReasonAsync(request);
        if (problem is not null) return problem;
        var kind = request.RouteValue("kind");
        var id = request.RouteValue("caseId");
        if (!CaseKinds.All.Contains(kind))
            return Problems.Problems.NotFound("No such kind of case (application, registry, ticket).");
        var target = StrandedCases.InstanceIdOf(kind, id);
        if (await services.Cases.FindAsync(kind, id, request.Aborted) is null)
        {
            await OpsInstancesApi.Audit(
                request, services.Audit, "repair", target, "not-found", OpsCaseControls.Detail(null, reason!));
            return Problems.Problems.NotFound($"No {kind} with this id.");
        }
        if (!await services.Stranded.RepairAsync(request.Durable, kind, id, request.Aborted))
        {
            await OpsInstancesApi.Audit(request, services.Audit, "repair", target, "refused",
                OpsCaseControls.Detail("not stranded", reason!));
            return Problems.Problems.Result(ProblemTypes.Conflict,
                "The case is not stranded: it is terminal, or its process runs or completed.");
        }
        await OpsInstancesApi.Audit(request, services.Audit, "repair", target, "accepted",
            OpsCaseControls.Detail("resumed from the record", reason!));
        return TypedResults.Accepted($"/api/ops/instances/{target}");
    }
}

/// <summary>What the stranded-case routes use.</summary>
public sealed record OpsStrandedServices(Adapters.Audit.AuditTrail Audit, BusinessCases Cases, StrandedCases Stranded);

/// <summary>The stranded (or suspended) cases.</summary>
[Description("中断或暂停的案件。Open cases whose process is missing, terminated, failed or suspended.")]
public sealed record StrandedPage(IReadOnlyList<StrandedCase> Items);
