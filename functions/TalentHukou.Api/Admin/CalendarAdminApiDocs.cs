using TalentHukou.Api.Endpoints;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Admin;

/// <summary>The OpenAPI words of <see cref="CalendarAdminApi"/>'s routes, by route name.</summary>
internal static class CalendarAdminApiDocs
{
    public static ApiDoc PublishCalendarNotice { get; } = new(
        "Publish or correct a year's holiday notice (2025–2100) and re-arm the open deadlines it moves; dryRun "
        + "checks it, stores nothing and counts the open deadlines that would move (openDeadlines)",
        typeof(CalendarNoticeBody), typeof(CalendarYearResponse))
    {
        Problems = [422],
    };
}
