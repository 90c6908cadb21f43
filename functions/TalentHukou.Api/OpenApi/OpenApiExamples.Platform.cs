using TalentHukou.Api.Admin;
using TalentHukou.Api.Endpoints;

namespace TalentHukou.Api.OpenApi;

public static partial class OpenApiExamples
{
    private static Dictionary<Type, object> Platform() => new()
    {
        [typeof(HealthResponse)] = new HealthResponse(ServiceHealth.Ok,
            new Dictionary<string, HealthEntry>
            {
                ["storage"] = new(HealthCheckStatus.Ok, null),
                ["durable"] = new(HealthCheckStatus.Ok, null),
                ["email"] = new(HealthCheckStatus.Ok, null),
            },
            [], Submitted, 1),
        [typeof(WorkingDaysResponse)] = new WorkingDaysResponse(
            new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30), 3, true, 2026, false),
        [typeof(CalendarYearResponse)] = new CalendarYearResponse(2026, CalendarYearSource.Notice, Notice, false,
            NationalDay, WorkedWeekendDays, "2026-n1")
        {
            OpenDeadlines = Forecast,
        },
        [typeof(CalendarNoticeBody)] = new CalendarNoticeBody(new NoticeBody(Notice.Reference, Notice.PublishedOn),
            NationalDay, WorkedWeekendDays, true),
        [typeof(StaffAssignmentBody)] = new StaffAssignmentBody(["reviewer"], "tianhe"),
        [typeof(StaffAssignmentView)] = Staff,
        [typeof(StaffPage)] = new StaffPage([Staff], null),
    };

    private static DateOnly[][] NationalDay => [[new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 8)]];

    private static DateOnly[] WorkedWeekendDays => [new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 10)];

    private static NoticeView Notice => new("国办发明电〔2025〕7号", new DateOnly(2025, 11, 4));

    private static StaffAssignmentView Staff =>
        new("c1f0e2a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b", ["reviewer"], "tianhe", "admin-01", Submitted);
}
