using System.ComponentModel;
using System.Text.Json.Serialization;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Endpoints;

/// <summary>
/// <c>GET /calendar/{year}</c>: the year's days off and worked weekend days, from its published notice
/// (<c>source: notice</c>) or, without one, the statutory days and their 补假 (<c>source: statutory</c>, provisional).
/// </summary>
[Description("某年工作日历。A year's working-day calendar and its holiday notice.")]
public sealed record CalendarYearResponse(
    int Year,
    [WireValues(typeof(CalendarYearSource))] string Source,
    [OptionalField] NoticeView? Notice,
    bool Provisional,
    IReadOnlyList<DateOnly[]> Holidays,
    IReadOnlyList<DateOnly> WorkingWeekendDays,
    string CalendarVersion)
{
    /// <summary>
    /// A dry run of <c>PUT /admin/calendar/{year}</c> only: the open deadlines counting days in the year, how many
    /// would move and which way.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Description("在办期限的变动（仅预演）。On a dry run of PUT /admin/calendar/{year} only: how many open deadlines "
        + "would move.")]
    public DeadlineMoves? OpenDeadlines { get; init; }

    public static CalendarYearResponse From(CalendarYearView view, string calendarVersion)
    {
        var notice = view.Arrangement.Notice;
        return new(view.Year, view.Provisional ? CalendarYearSource.Statutory : CalendarYearSource.Notice,
            notice is null ? null : new NoticeView(notice.Reference, notice.PublishedOn),
            view.Provisional,
            view.Arrangement.Holidays.Select(r => new[] { r.Start, r.End }).ToList(),
            view.Arrangement.WorkingWeekendDays,
            calendarVersion);
    }
}

/// <summary>Where a year's arrangement comes from: its published notice, or the statutory days (provisional).</summary>
public static class CalendarYearSource
{
    public const string Notice = "notice";
    public const string Statutory = "statutory";
}

/// <summary>The State Council notice a year's arrangement comes from.</summary>
[Description("节假日通知。The State Council notice a year's arrangement comes from.")]
public sealed record NoticeView(string Reference, DateOnly PublishedOn);
