using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Applications;

namespace TalentHukou.Api.Applications;

/// <summary>Submitting, reading and listing applications (seed Q1, Q5, Q6).</summary>
public static class ApplicationsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("SubmitApplication", "POST", "applications", Access.RolesOf(Roles.Applicant), Handle.With<ApplicationServices>(ApplicationSubmission.Submit)) { Idempotent = true, Doc = new ApiDoc("Submit an application (validated, routed to the city or district HRSS)", typeof(ApplicationBody), typeof(ApplicationAccepted), 202) { Problems = [409] } },
        new("GetApplication", "GET", "applications/{applicationId}", Access.SignedIn, Handle.With<ApplicationServices>(Get)) { ETagged = true, Doc = new ApiDoc("An application's stage, timeline, publicity, objections, card and public-security check", Response: typeof(ApplicationView)) },
        new("ListApplications", "GET", "applications", Access.RolesOf(Roles.Reviewer, Roles.UnitAdmin, Roles.Applicant), Handle.With<ApplicationServices>(List)) { Doc = new ApiDoc("Applications of the caller's HRSS scope, unit or own, paged; unit= names a unit whose admin permission the registry granted the caller", Response: typeof(ApplicationPage)) { Query = ["stage", "unit", "pageSize", "continuationToken"] } },
        .. ApplicationActionsApi.Routes,
    ];

    public static async Task<IResult> Get(ApiRequest request, ApplicationServices services)
    {
        var found = await Find(request, services.Applications, grants: services.UnitAdmins);
        return found.Problem ?? TypedResults.Ok(ApplicationView.From(found.Record!, ApplicationAccess.SeesObjectionDetails(request.Caller, found.Record!)));
    }

    /// <summary>Reviewers see their HRSS's applications, unit admins their unit's, applicants their own.</summary>
    public static async Task<IResult> List(ApiRequest request, ApplicationServices services)
    {
        var query = request.Query();
        var stage = query.OneOf("stage", WireEnum<ApplicationStage>.ByName);
        var pageSize = query.Integer("pageSize", 1, 100) ?? 20;
        var token = query.Text("continuationToken", 2000);
        var unitParam = query.Text("unit", 64);
        query.ThrowIfInvalid();
        var caller = request.Caller;
        if (unitParam is not null)
        {
            var own = caller.IsIn(Roles.UnitAdmin) && caller.Unit == unitParam;
            if (!own && !await services.UnitAdmins.IsGrantedAsync(unitParam, caller.Subject, request.Aborted))
                return Problems.Problems.Result(ProblemTypes.Forbidden, "You are not the unit admin of this employer.");
            var (unitItems, unitNext) = await services.Applications.ListAsync(ApplicationStore.UnitKey(unitParam), stage, pageSize, token, request.Aborted);
            return TypedResults.Ok(new ApplicationPage(unitItems.Select(a => ApplicationView.From(a, false)).ToList(), unitNext));
        }
        var key = caller.IsIn(Roles.Reviewer) && caller.Hrss is { Length: > 0 } scope ? ApplicationStore.ScopeKey(scope)
            : caller.IsIn(Roles.UnitAdmin) && caller.Unit is { Length: > 0 } unit ? ApplicationStore.UnitKey(unit)
            : ApplicationStore.OwnerKey(caller.Subject);
        var (items, next) = await services.Applications.ListAsync(key, stage, pageSize, token, request.Aborted);
        return TypedResults.Ok(new ApplicationPage(items.Select(a => ApplicationView.From(a, ApplicationAccess.SeesObjectionDetails(caller, a))).ToList(), next));
    }

    /// <summary>The application named by the route, if the caller may see it (or, for objections, anyone may); otherwise the 404 to answer.</summary>
    public static async Task<(ApplicationRecord? Record, IResult? Problem)> Find(
        ApiRequest request, ApplicationStore applications, bool anyoneSignedIn = false, UnitAdminGrants? grants = null)
    {
        var id = request.RouteValue("applicationId");
        if (id.StartsWith("GD", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Problems.Result(ApplicationProblems.Provincial, "Applications with a GD id belong to the Guangdong provincial system; query them there."));
        var found = await applications.GetAsync(id, request.Aborted);
        // A unit admin by the registry's grant (not a token claim) reads their unit's applications too.
        var visible = found is not null && (anyoneSignedIn || ApplicationAccess.CanView(request.Caller, found.Value.Record)
            || (grants is not null && await grants.IsGrantedAsync(found.Value.Record.Employer.EmployerId, request.Caller.Subject, request.Aborted)));
        if (!visible)
            return (null, Problems.Problems.Result(ApplicationProblems.NotFound, $"No application {id} is visible to you."));
        return (found!.Value.Record, null);
    }
}
