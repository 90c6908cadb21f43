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
        new("SubmitApplication", "POST", "applications", Access.RolesOf(Roles.Applicant), Handle.With<ApplicationServices>(ApplicationSubmission.Submit)) { Idempotent = true, MaxBodyBytes = MaterialUploads.Submission.MaxBodyBytes, Doc = new ApiDoc("Submit an application (validated, routed to the city or district HRSS); multipart: the fields as the application part plus the materials", typeof(ApplicationBody), typeof(ApplicationAccepted), 202) { Problems = [409], Multipart = MaterialUploads.Doc("application") } },
        new("GetApplication", "GET", "applications/{applicationId}", Access.SignedIn, Handle.With<ApplicationServices>(Get)) { ETagged = true, Doc = new ApiDoc("An application's stage, timeline, publicity, objections, card and public-security check", Response: typeof(ApplicationView)) },
        new("ListApplications", "GET", "applications", Access.RolesOf(Roles.Reviewer, Roles.UnitAdmin, Roles.Applicant),
            Handle.With<ApplicationServices>(ApplicationQueueApi.List))
        {
            Doc = new ApiDoc("The work queue of the caller's HRSS scope or unit (by due time, with counts by stage), "
                + "or the applicant's own (newest first), paged; unit= names a unit whose admin permission the "
                + "registry granted the caller",
                Response: typeof(ApplicationPage))
            {
                Query = ["stage", "unit", "office", "overdueOnly", ApplicationQueueApi.PageSize,
                    ApplicationQueueApi.ContinuationToken],
            },
        },
        .. ApplicationActionsApi.Routes,
        .. WithdrawalApi.Routes,
        .. CorrectionApi.Routes,
        .. MaterialsApi.Routes,
        .. PublicityApi.Routes,
    ];

    public static async Task<IResult> Get(ApiRequest request, ApplicationServices services)
    {
        var (record, problem) = await Find(request, services.Applications, grants: services.UnitAdmins);
        if (problem is not null) return problem;
        var view = ApplicationView.From(record!, ApplicationAccess.SeesObjectionDetails(request.Caller, record!),
            services.Clock.UtcNow, services.Clock.Calendar);
        if (StaffReadViews.IsDrcRead(request.Caller, record!))
            await StaffReadViews.AuditDrcReadAsync(request, services.Audit, record!, "application");
        var notices = await services.Outbox.ListByEventPrefixAsync($"application/{record!.ApplicationId}/",
            request.Aborted);
        view = ApplicationNoticesView.With(view, record, notices, services.Sms.Value.Enabled);
        return TypedResults.Ok(StaffReadViews.IsOpsOnly(request.Caller, record) ? view.MaskedForOps() : view);
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
            return (null, Problems.Problems.Result(ApplicationProblems.NotFound, "No application with this applicationId is visible to you."));
        return (found!.Value.Record, null);
    }
}
