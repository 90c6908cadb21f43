using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Api.Endpoints;

/// <summary>The working-day calendar (statutory holidays and 调休 applied) and each year's arrangement.</summary>
public static class CalendarApi
{
    private static QueryParameter From => CalendarApiDocs.From;
    private static QueryParameter Add => CalendarApiDocs.Add;

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetWorkingDays", "GET", "calendar/working-days", Access.Anyone, Handle.With<BusinessClock>(AddWorkingDays))
        {
            Doc = CalendarApiDocs.GetWorkingDays,
        },
        // {year:int}: the Functions host orders routes by function name, so an unconstrained {year} would take
        // calendar/working-days.
        new("GetCalendarYear", "GET", "calendar/{year:int}", Access.Anyone, Handle.With<BusinessClock>(GetYear))
        {
            Doc = CalendarApiDocs.GetCalendarYear,
        },
    ];

    /// <summary>
    /// GET /calendar/working-days?from=&amp;add= → the date <c>add</c> working days after <c>from</c>.
    /// </summary>
    public static Task<IResult> AddWorkingDays(ApiRequest request, BusinessClock clock)
    {
        var query = request.Query();
        var from = query.Date(From);
        var add = query.Integer(Add);
        query.ThrowIfInvalid();
        var calendar = clock.Calendar;
        var date = calendar.AddWorkingDays(from!.Value, add!.Value);
        var provisional = calendar.TouchesProvisional(from.Value.AddDays(-1), date);
        IResult result = TypedResults.Ok(new WorkingDaysResponse(date, from.Value, add.Value, calendar.Covers(date),
            calendar.LastPublishedYear, provisional));
        return Task.FromResult(result);
    }

    /// <summary>GET /calendar/{year}: the year as the calendar in force counts it.</summary>
    public static Task<IResult> GetYear(ApiRequest request, BusinessClock clock)
    {
        var v = new BodyValidator();
        var year = Year(v, request);
        if (!v.IsValid) return Task.FromResult(v.Problem());
        var calendar = clock.Calendar;
        var view = CalendarYearResponse.From(calendar.Year(year), calendar.Version);
        return Task.FromResult<IResult>(TypedResults.Ok(view));
    }

    /// <summary>The route's <c>{year}</c>, which must be one of the law's years (2025–2100).</summary>
    public static int Year(BodyValidator v, ApiRequest request)
    {
        _ = int.TryParse(request.RouteValue("year"), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var year);
        if (!StatutoryHolidays.Supports(year))
            v.Add("year", "年份须在2025至2100之间",
                $"year must be {StatutoryHolidays.FirstYear} to {StatutoryHolidays.LastYear}, "
                + "the years of the 2024 holiday law.");
        return year;
    }
}

/// <summary>
/// <c>date</c> is <c>from</c> plus <c>add</c> working days; <c>covered</c> is false past the last published holiday
/// notice; <c>provisional</c> is true when the count touches a year without one (statutory days and 补假 only).
/// </summary>
[Description("工作日计算结果。A date plus working days, with statutory holidays and 调休.")]
public sealed record WorkingDaysResponse(
    [Description("结果日期。from plus add working days, yyyy-MM-dd.")] DateOnly Date,
    [Description("起算日期。The date counted from, yyyy-MM-dd.")] DateOnly From,
    [Description("工作日数。The working days added.")] int Add,
    [Description("是否已覆盖。False when the count runs past the last published holiday notice.")] bool Covered,
    int LastPublishedYear, bool Provisional);
