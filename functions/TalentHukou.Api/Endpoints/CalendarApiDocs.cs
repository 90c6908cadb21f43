using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Endpoints;

/// <summary>The OpenAPI words of <see cref="CalendarApi"/>'s routes, by route name.</summary>
internal static class CalendarApiDocs
{
    internal static readonly QueryParameter From = QueryParameter.Date("from") with
    {
        Required = true,
        Description = "起算日期。yyyy-MM-dd, a business date in China Standard Time.",
    };

    internal static readonly QueryParameter Add = QueryParameter.Integer("add", 0, 3660) with
    {
        Required = true,
        Description = "工作日数。How many working days after from.",
    };

    public static ApiDoc GetWorkingDays { get; } = new(
        "from plus add working days (statutory holidays and 调休 applied)",
        Response: typeof(WorkingDaysResponse))
    {
        Query = [From, Add],
    };

    public static ApiDoc GetCalendarYear { get; } = new(
        "A year's days off and worked weekend days: its published notice, or the statutory days and their 补假 "
        + "(provisional) while it has none; 2025–2100",
        Response: typeof(CalendarYearResponse));
}
