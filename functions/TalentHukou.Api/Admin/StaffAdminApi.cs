using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Staff;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Routing;

namespace TalentHukou.Api.Admin;

/// <summary>
/// Staff assignments (contract v1.1): which subject holds which fine staff role, and which office a reviewer works
/// for. Admins only; an admin never assigns roles to themselves; every change is audited.
/// </summary>
public static class StaffAdminApi
{
    private static QueryParameter PageSize => Paging.StaffPageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    public const string AssignAction = "staff-assign";
    public const string RevokeAction = "staff-revoke";

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("ListStaff", "GET", "admin/staff", Access.RolesOf(Roles.Admin), Handle.With<StaffAdminServices>(List))
        {
            Doc = StaffAdminApiDocs.ListStaff,
        },
        new("AssignStaff", "PUT", "admin/staff/{subject}", Access.RolesOf(Roles.Admin),
            Handle.With<StaffAdminServices>(Assign)) { Doc = StaffAdminApiDocs.AssignStaff },
        new("RevokeStaff", "DELETE", "admin/staff/{subject}", Access.RolesOf(Roles.Admin),
            Handle.With<StaffAdminServices>(Revoke)) { Doc = StaffAdminApiDocs.RevokeStaff },
    ];

    public static async Task<IResult> List(ApiRequest request, StaffAdminServices services)
    {
        var query = request.Query();
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        query.ThrowIfInvalid();
        var (items, next) = await services.Assignments.ListAsync(pageSize, token, request.Aborted);
        return TypedResults.Ok(new StaffPage(items.Select(StaffAssignmentView.From).ToList(), next));
    }

    public static async Task<IResult> Assign(ApiRequest request, StaffAdminServices services)
    {
        var v = new BodyValidator();
        var subject = v.Text<StaffSubject>("subject", request.RouteValue("subject"));
        var body = await request.ReadJsonAsync<StaffAssignmentBody>();
        var roles = ValidRoles(v, body);
        if (!v.IsValid) return v.Problem();
        if (subject == request.Caller.Subject)
            return Problems.Problems.Result(StaffProblems.SelfAssignment,
                "Separation of duties: another admin assigns your staff roles.");

        var assignment = new StaffAssignment(
            subject!, roles, body.Office, request.Caller.Subject, services.Time.GetUtcNow());
        var before = await services.Assignments.GetAsync(subject!, request.Aborted);
        // Audited before it takes effect: a change that fails halfway is audited and not made, never the reverse.
        await services.Audit.AppendAsync(
            new AuditRecord(
                request.Caller.Subject,
                Roles.Admin,
                AssignAction,
                Target(subject!),
                "accepted",
                $"{Describe(assignment)}; before: {(before is null ? "none" : Describe(before))}"),
            request.Aborted);
        await services.Assignments.SetAsync(assignment, request.Aborted);
        return TypedResults.Ok(StaffAssignmentView.From(assignment));
    }

    public static async Task<IResult> Revoke(ApiRequest request, StaffAdminServices services)
    {
        var subject = request.RouteValue("subject");
        var before = await services.Assignments.GetAsync(subject, request.Aborted);
        if (before is null)
            return Problems.Problems.Result(StaffProblems.NotFound, "No staff assignment for this subject.");
        await services.Audit.AppendAsync(
            new AuditRecord(
                request.Caller.Subject,
                Roles.Admin,
                RevokeAction,
                Target(subject),
                "accepted",
                $"before: {Describe(before)}"),
            request.Aborted);
        await services.Assignments.RemoveAsync(subject, request.Aborted);
        return TypedResults.NoContent();
    }

    /// <summary>The audit target of a subject's assignment.</summary>
    public static string Target(string subject) => "staff/" + subject;

    private static string[] ValidRoles(BodyValidator v, StaffAssignmentBody body)
    {
        var roles = (body.Roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length == 0)
            v.Add("roles", "请至少选择一个角色", "roles must name at least one role; DELETE removes an assignment.");
        foreach (var role in roles.Where(r => !Roles.Assignable.Contains(r)))
            v.Add("roles", $"未知角色：{role}", $"Unknown role '{role}'; use {string.Join(", ", Roles.Assignable)}.");
        var reviewer = roles.Contains(Roles.Reviewer);
        if (reviewer && body.Office is null)
            v.Add("office", "审核人员须指定所属人社局", "office is required with reviewer: city or a district code.");
        else if (!reviewer && body.Office is not null)
            v.Add("office", "只有审核人员需要指定所属人社局", "office goes with reviewer only.");
        else if (reviewer && !ApplicationRoute.Offices.Contains(body.Office))
            v.Add("office", "取值无效", $"office must be city or one of: {string.Join(", ", Districts.Names.Keys)}.");
        return roles;
    }

    private static string Describe(StaffAssignment a) =>
        $"roles={string.Join(',', a.Roles)}" + (a.Office is null ? "" : $" office={a.Office}");
}
