using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Time;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Endpoints;

/// <summary>The working-day calendar (statutory holidays and 调休 applied).</summary>
public static class CalendarApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetWorkingDays", "GET", "calendar/working-days", Access.Anyone, Handle.With<BusinessClock>(AddWorkingDays))
        {
            Doc = new ApiDoc("from plus add working days (statutory holidays and 调休 applied)",
                Response: typeof(WorkingDaysResponse)) { Query = ["from", "add"] },
        },
    ];

    /// <summary>GET /calendar/working-days?from=&amp;add= → the date <c>add</c> working days after <c>from</c>.</summary>
    public static Task<IResult> AddWorkingDays(ApiRequest request, BusinessClock clock)
    {
        var query = request.Query();
        var from = query.Date("from", required: true);
        var add = query.Integer("add", 0, 3660, required: true);
        query.ThrowIfInvalid();
        var calendar = clock.Calendar;
        var date = calendar.AddWorkingDays(from!.Value, add!.Value);
        IResult result = TypedResults.Ok(new WorkingDaysResponse(date, from.Value, add.Value, calendar.Covers(date), calendar.LastPublishedYear));
        return Task.FromResult(result);
    }
}

/// <summary><c>date</c> is <c>from</c> plus <c>add</c> working days; <c>covered</c> is false past the last published holiday notice.</summary>
public sealed record WorkingDaysResponse(DateOnly Date, DateOnly From, int Add, bool Covered, int LastPublishedYear);
