using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Endpoints;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Deadlines;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Admin;

/// <summary>
/// Holiday notices published in the system (contract v1.2): an admin enters the State Council's notice for a year;
/// every instance counts working days by it within seconds. Validated against the law, audited.
/// </summary>
public static class CalendarAdminApi
{
    public const string PublishAction = "calendar-publish";

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("PublishCalendarNotice", "PUT", "admin/calendar/{year:int}", Access.RolesOf(Roles.Admin),
            Handle.With<CalendarAdminServices>(Publish)) { Doc = CalendarAdminApiDocs.PublishCalendarNotice },
    ];

    public static async Task<IResult> Publish(ApiRequest request, CalendarAdminServices services)
    {
        var v = new BodyValidator();
        var year = CalendarApi.Year(v, request);
        var body = await request.ReadJsonAsync<CalendarNoticeBody>();
        var notice = Read(v, body);
        if (!v.IsValid) return v.Problem();
        var problems = HolidayNoticeRules.Problems(year, notice!);
        if (problems.Count > 0) return Unprocessable(problems);

        var before = services.Calendars.Current;
        var after = new WorkingDayCalendar(before.Notices.With(year, notice!));
        if (body.DryRun == true)
            return TypedResults.Ok(CalendarYearResponse.From(after.Year(year), after.Version) with
            {
                OpenDeadlines = await ForecastAsync(request, services, year, after),
            });

        // Audited before it takes effect: a change that fails halfway is audited and not made, never the reverse.
        var actor = request.Caller.Subject;
        await services.Audit.AppendAsync(new AuditRecord(actor, Roles.Admin, PublishAction, Target(year),
            "accepted", Describe(notice!, before, after)), request.Aborted);
        await services.Notices.SaveAsync(year, notice!, actor, services.Time.GetUtcNow(), request.Aborted);
        var current = await services.Calendars.ReloadAsync(request.Aborted);
        await StartRearmAsync(request, services, year, notice!.Notice!.Reference, current.Version);
        return TypedResults.Ok(CalendarYearResponse.From(current.Year(year), current.Version));
    }

    /// <summary>
    /// The open deadlines counting days in the year, and which way the candidate calendar would move them.
    /// </summary>
    private static async Task<DeadlineMoves> ForecastAsync(
        ApiRequest request, CalendarAdminServices services, int year, WorkingDayCalendar candidate)
    {
        var armed = new List<ArmedDeadline>();
        await foreach (var (_, deadline) in ArmedDeadlines.ListAsync(request.Durable, request.Aborted))
            armed.Add(deadline);
        var policy = new DeadlinePolicy(candidate, services.Clock.Deadlines.ClosingTime);
        return DeadlineForecast.Count(armed, year, policy, services.Clock.UtcNow);
    }

    /// <summary>
    /// Re-arms the open deadlines the notice changes (ADR 0022): one sweep per calendar version, the second after every
    /// instance has refreshed its calendar (twice the refresh interval).
    /// </summary>
    private static Task StartRearmAsync(
        ApiRequest request, CalendarAdminServices services, int year, string reference, string version)
    {
        var bound = 2 * services.Options.Value.RefreshInterval;
        return request.Durable.StartUnlessPresentAsync(nameof(DeadlineRearmOrchestrator),
            new RearmSweep(year, version, reference, bound), DeadlineRearmOrchestrator.InstanceIdFor(year, version),
            replaceEnded: true, request.Aborted);
    }

    /// <summary>The audit target of a year's notice.</summary>
    public static string Target(int year) => $"calendar/{year}";

    private static CalendarYear? Read(BodyValidator v, CalendarNoticeBody body)
    {
        var reference = v.Text<NoticeBody>("notice.reference", body.Notice?.Reference);
        if (body.Notice?.PublishedOn is null)
            v.Add("notice.publishedOn", "请填写通知发布日期", "notice.publishedOn is required (yyyy-MM-dd).");
        v.Items<CalendarNoticeBody>("holidays", body.Holidays?.ToList());
        v.Items<CalendarNoticeBody>("workingWeekendDays", body.WorkingWeekendDays?.ToList());
        if (!v.IsValid) return null;
        return new CalendarYear(
            body.Holidays!.Select(r => new DateRange(r[0], r[1])).ToList(),
            body.WorkingWeekendDays ?? [],
            new NoticeInfo(reference!, body.Notice!.PublishedOn!.Value));
    }

    private static IResult Unprocessable(IReadOnlyList<NoticeProblem> problems) =>
        Problems.Problems.Result(CalendarProblems.NoticeInvalid,
            "The notice does not hold: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")),
            problems.GroupBy(p => p.Field).ToDictionary(
                g => g.Key, g => g.Select(p => CalendarProblems.Chinese(p.Kind)).Distinct().ToArray()));

    private static string Describe(CalendarYear notice, WorkingDayCalendar before, WorkingDayCalendar after) =>
        $"reference={notice.Notice!.Reference} publishedOn={notice.Notice.PublishedOn:yyyy-MM-dd} "
        + $"holidays={notice.Holidays.Count} workingWeekendDays={notice.WorkingWeekendDays.Count} "
        + $"version {before.Version} → {after.Version}";
}
