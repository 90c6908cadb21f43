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
        new("SubmitApplication", "POST", "applications", Access.RolesOf(Roles.Applicant),
            Handle.With<ApplicationServices>(ApplicationSubmission.Submit))
        {
            Idempotent = true,
            ReadsWhileBudgetCounts = true,
            MaxBodyBytes = MaterialUploads.Submission.MaxBodyBytes,
            Doc = ApplicationsApiDocs.SubmitApplication,
        },
        new("GetApplication", "GET", "applications/{applicationId}", Access.SignedIn,
            Handle.With<ApplicationServices>(Get))
        {
            ETagged = true,
            HandlerChecksGrant = true, // Visible: the grant for the application's employer, read afresh
            Doc = ApplicationsApiDocs.GetApplication,
        },
        new("ListApplications", "GET", "applications", Access.RolesOf(Roles.Reviewer, Roles.UnitAdmin, Roles.Applicant),
            Handle.With<ApplicationServices>(ApplicationQueueApi.List)) { Doc = ApplicationsApiDocs.ListApplications },
        .. ApplicationActionsApi.Routes,
        .. WithdrawalApi.Routes,
        .. CorrectionApi.Routes,
        .. MaterialsApi.Routes,
        .. PublicityApi.Routes,
    ];

    public static async Task<IResult> Get(ApiRequest request, ApplicationServices services)
    {
        // One storage read: the record's row keeps its notices (an older record's are read from the outbox).
        var found = await services.Applications.GetWithNoticesAsync(
            request.RouteValue("applicationId"), request.Aborted);
        var (visible, problem) = await Visible(request, found?.Record, grants: services.UnitAdmins);
        if (problem is not null) return problem;
        var record = visible!;
        var view = ApplicationView.From(record, ApplicationAccess.SeesObjectionDetails(request.Caller, record),
            services.Clock.UtcNow, services.Clock.Calendar);
        if (StaffReadViews.IsDrcRead(request.Caller, record))
            await StaffReadViews.AuditDrcReadAsync(request, services.Audit, record, "application");
        var notices = found!.Value.Notices ?? [.. (await services.Outbox.ListByEventPrefixAsync(
            $"application/{record.ApplicationId}/", request.Aborted)).Select(NoticeSummary.Of)];
        view = ApplicationNoticesView.With(view, record, notices, services.Sms.Value.Enabled);
        return TypedResults.Ok(StaffReadViews.IsOpsOnly(request.Caller, record) ? view.MaskedForOps() : view);
    }

    /// <summary>
    /// The application named by the route, if the caller may see it (or, for objections, anyone may); otherwise the
    /// 404 to answer.
    /// </summary>
    public static async Task<(ApplicationRecord? Record, IResult? Problem)> Find(
        ApiRequest request, ApplicationStore applications, bool anyoneSignedIn = false, UnitAdminGrants? grants = null)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var found = await applications.GetAsync(request.RouteValue("applicationId"), request.Aborted);
        return await Visible(request, found?.Record, anyoneSignedIn, grants);
    }

    /// <summary>
    /// The application read for the route's id, if the caller may see it; otherwise the problem to answer.
    /// </summary>
    private static async Task<(ApplicationRecord? Record, IResult? Problem)> Visible(
        ApiRequest request, ApplicationRecord? found, bool anyoneSignedIn = false, UnitAdminGrants? grants = null)
    {
        if (request.RouteValue("applicationId").StartsWith("GD", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Problems.Result(
                ApplicationProblems.Provincial,
                "Applications with a GD id belong to the Guangdong provincial system; query them there."));
        // A unit admin by the registry's grant (not a token claim) reads their unit's applications too.
        var visible = found is not null && (anyoneSignedIn || ApplicationAccess.CanView(request.Caller, found)
            || (grants is not null
                && await grants.IsGrantedAsync(found.Employer.EmployerId, request.Caller.Subject, request.Aborted)));
        if (!visible)
            return (null, Problems.Problems.Result(
                ApplicationProblems.NotFound, "No application with this applicationId is visible to you."));
        return (found, null);
    }
}
