using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Applications.UseCases;

namespace TalentHukou.Api.Applications;

/// <summary>
/// The public publicity roster (公示名单) and objections against its entries, so that anyone can object without
/// knowing an application's id (issue 18). The roster id is resolved here; the objection is filed as any other.
/// </summary>
public static class PublicityApi
{
    private static QueryParameter From => Paging.From;
    private static QueryParameter To => Paging.To;
    private static QueryParameter PageSize => Paging.PageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("ListPublicity", "GET", "publicity", Access.Anyone, Handle.With<PublicityServices>(List))
        {
            ETagged = true,
            Doc = PublicityApiDocs.ListPublicity,
        },
        new("FileRosterObjection", "POST", "publicity/{rosterId}/objections", Access.SignedIn,
            Handle.With<PublicityServices>(Object)) { Idempotent = true, Doc = PublicityApiDocs.FileRosterObjection },
    ];

    public static async Task<IResult> List(ApiRequest request, PublicityServices services)
    {
        var query = request.Query();
        var office = query.OneOf(QueryFilters.Office);
        var from = query.Date(From);
        var to = query.Date(To);
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        query.ThrowIfInvalid();
        if (from > to)
            throw new ProblemException(ProblemTypes.ValidationFailed, "'from' must not be after 'to'.",
                new Dictionary<string, string[]> { ["from"] = ["开始日期不能晚于结束日期"] });
        var (items, next) = await services.Roster.QueryAsync(office, from, to, pageSize, token, request.Aborted);
        return TypedResults.Ok(new RosterPage(items.Select(RosterItemView.From).ToList(), next));
    }

    /// <summary>
    /// Objects through a roster id, within the same per-account objection budget as the application route.
    /// </summary>
    public static async Task<IResult> Object(ApiRequest request, PublicityServices services)
    {
        if (await services.Limits.ObjectionAsync(request.Http, request.Caller.Subject) is { } limited) return limited;
        var entry = await services.Roster.GetAsync(request.RouteValue("rosterId"), request.Aborted);
        var found = entry is null ? null : await services.Applications.GetAsync(entry.ApplicationId, request.Aborted);
        if (found is null)
            return Problems.Problems.Result(ApplicationProblems.RosterEntryNotFound, "No roster entry has this id.");
        var body = await request.ReadJsonAsync<ObjectionBody>();
        var v = new BodyValidator();
        var reason = v.Text<ObjectionBody>("reason", body.Reason);
        var contact = v.Text<ObjectionBody>("contact", body.Contact);
        if (!v.IsValid) return v.Problem();
        var record = found.Value.Record;
        return await services.Objections.FileAsync(
            request.Durable, record, reason!, contact!, ObjectionsApi.Objector(request.Caller), request.Aborted) switch
        {
            ObjectionOutcome.Filed { ObjectionId: var id } =>
                TypedResults.Created($"/api/publicity/{entry!.RosterId}", new { objectionId = id }),
            ObjectionOutcome.TooMany { Max: var max } =>
                Problems.Problems.Result(
                    ApplicationProblems.TooManyObjections, $"At most {max} objections per application."),
            // The roster's own words: the application's stage and id stay private.
            ObjectionOutcome.Refused { Why: DecisionOutcome.WrongStage } =>
                Problems.Problems.Result(
                    ApplicationProblems.PublicityNotRunning, "This entry's publicity is not running."),
            ObjectionOutcome.Refused { Why: var why } => ApplicationActionsApi.Answer(why),
            _ => throw new InvalidOperationException("Unknown objection outcome."),
        };
    }
}
