using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Applications;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Applications;

/// <summary>
/// <c>GET /applications</c>: a reviewer's HRSS queue or a unit admin's unit queue, sorted by the due time of the step
/// each application waits at, with <c>overdue</c>/<c>escalated</c> flags and counts by stage; an applicant's own list,
/// newest first. One read of the caller's index partition, then point reads for the page.
/// </summary>
public static class ApplicationQueueApi
{
    private static QueryParameter PageSize => Paging.PageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    public static async Task<IResult> List(ApiRequest request, ApplicationServices services)
    {
        var query = request.Query();
        var stage = query.OneOf(ApplicationsApiDocs.Stage, WireEnum<ApplicationStage>.ByName);
        var office = query.OneOf(QueryFilters.Office);
        var overdueOnly = query.Flag(QueryFilters.OverdueOnly);
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        var unitParam = query.Text(ApplicationsApiDocs.Unit);
        query.ThrowIfInvalid();
        var caller = request.Caller;
        if (unitParam is not null && !await AdministersAsync(request, services, unitParam))
            return Problems.Problems.Result(ProblemTypes.Forbidden, "You are not the unit admin of this employer.");
        var (key, staff) = unitParam is not null ? (ApplicationStore.UnitKey(unitParam), true)
            : caller.IsIn(Roles.Reviewer) && caller.Hrss is { Length: > 0 } scope
                ? (ApplicationStore.ScopeKey(scope), true)
            : caller.IsIn(Roles.UnitAdmin) && caller.Unit is { Length: > 0 } unit
                ? (ApplicationStore.UnitKey(unit), true)
            : (ApplicationStore.OwnerKey(caller.Subject), false);
        var now = services.Clock.UtcNow;
        var calendar = services.Clock.Calendar;
        var rows = (await services.Applications.ScanIndexAsync(key, request.Aborted))
            .Where(r => office is null || r.Scope == office).ToList();
        var counts = rows.GroupBy(r => StageNames.Wire(r.Stage)).ToDictionary(g => g.Key, g => g.Count());
        var chosen = rows.Where(r => (stage is null || r.Stage == stage) && (!overdueOnly || now > r.DueBy));
        var (page, next) = staff
            ? WorkQueue.Page(chosen, r => r.DueBy, r => r.ApplicationId, pageSize, token)
            : WorkQueue.NewestFirst(chosen, r => r.ApplicationId, pageSize, token);
        var records = await Task.WhenAll(
            page.Select(r => services.Applications.GetAsync(r.ApplicationId, request.Aborted)));
        var items = records.Where(f => f is not null)
            .Select(f => ApplicationView.From(
                f!.Value.Record, ApplicationAccess.SeesObjectionDetails(caller, f.Value.Record), now, calendar))
            .ToList();
        return TypedResults.Ok(new ApplicationPage(items, next) { Counts = staff ? counts : null });
    }

    /// <summary>The caller's own unit, or one whose admin permission the registry granted them.</summary>
    private static async Task<bool> AdministersAsync(ApiRequest request, ApplicationServices services, string unit) =>
        (request.Caller.IsIn(Roles.UnitAdmin) && request.Caller.Unit == unit)
        || await services.UnitAdmins.IsGrantedAsync(unit, request.Caller.Subject, request.Aborted);
}
