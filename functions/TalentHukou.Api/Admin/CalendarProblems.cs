using TalentHukou.Api.Problems;
using TalentHukou.Domain.Calendar;

namespace TalentHukou.Api.Admin;

/// <summary>The holiday-notice problem type, and the Chinese wording of each kind of problem.</summary>
public static class CalendarProblems
{
    public static readonly ProblemType NoticeInvalid = new("calendar-notice-invalid", 422, "节假日安排不符合规定，请核对");

    public static string Chinese(NoticeProblemKind kind) => kind switch
    {
        NoticeProblemKind.StatutoryDayNotCovered => "未包含法定节假日",
        NoticeProblemKind.NotAWeekend => "调休上班日须为周六或周日",
        NoticeProblemKind.Overlap => "日期范围重叠",
        NoticeProblemKind.ReversedRange => "结束日期早于开始日期",
        NoticeProblemKind.OutsideYear => "日期不在该年度（或上一年12月）内",
        NoticeProblemKind.ReferenceMissing => "请填写通知文号",
        _ => "节假日安排有误",
    };
}
