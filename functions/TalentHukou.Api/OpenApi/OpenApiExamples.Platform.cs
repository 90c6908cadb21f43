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
            new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30), 2, true, 2026, false),
        [typeof(CalendarYearResponse)] = new CalendarYearResponse(2026, CalendarYearSource.Notice, Notice, false,
            Holidays2026, WorkedWeekendDays, "2026-n1")
        {
            OpenDeadlines = Forecast,
        },
        [typeof(CalendarNoticeBody)] = new CalendarNoticeBody(new NoticeBody(Notice.Reference, Notice.PublishedOn),
            Holidays2026, WorkedWeekendDays, true),
        [typeof(StaffAssignmentBody)] = new StaffAssignmentBody(["reviewer"], "tianhe"),
        [typeof(StaffAssignmentView)] = Staff,
        [typeof(StaffPage)] = new StaffPage([Staff], null),
    };

    /// <summary>The 2026 arrangement (国办发明电〔2025〕7号): every statutory day covered, its 调休 on weekends.</summary>
    private static DateOnly[][] Holidays2026 =>
    [
        [new(2026, 1, 1), new(2026, 1, 3)], [new(2026, 2, 15), new(2026, 2, 23)], [new(2026, 4, 4), new(2026, 4, 6)],
        [new(2026, 5, 1), new(2026, 5, 5)], [new(2026, 6, 19), new(2026, 6, 21)], [new(2026, 9, 25), new(2026, 9, 27)],
        [new(2026, 10, 1), new(2026, 10, 7)],
    ];

    private static DateOnly[] WorkedWeekendDays =>
    [
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    private static NoticeView Notice => new("国办发明电〔2025〕7号", new DateOnly(2025, 11, 4));

    private static StaffAssignmentView Staff =>
        new("c1f0e2a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b", ["reviewer"], "tianhe", "admin-01", Submitted);
}
