using System.ComponentModel;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Admin;

/// <summary>
/// <c>PUT /admin/calendar/{year}</c>: a year's holiday notice. <c>holidays</c> are inclusive <c>[from, to]</c> ranges
/// of days off, <c>workingWeekendDays</c> the Saturdays and Sundays worked (调休). With <c>dryRun</c> nothing is stored.
/// </summary>
[Description("发布某年节假日安排。A year's State Council holiday notice: its days off and worked weekend days.")]
public sealed record CalendarNoticeBody(
    NoticeBody? Notice,
    [Items(1, 60, EachMinItems = 2, EachMaxItems = 2)]
    IReadOnlyList<DateOnly[]>? Holidays,
    [OptionalField]
    [Items(0, 60)]
    IReadOnlyList<DateOnly>? WorkingWeekendDays,
    [OptionalField] bool? DryRun);

/// <summary>The notice's reference (e.g. its document number, 国办发明电〔2024〕12号) and the day it was published.</summary>
[Description("国务院办公厅节假日通知。The State Council notice a year's arrangement comes from.")]
public sealed record NoticeBody(
    [TextField(1, 200)]
    string? Reference,
    DateOnly? PublishedOn);
