using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Support;

/// <summary>The support desk's problem types.</summary>
public static class SupportProblems
{
    public static readonly ProblemType TicketNotFound = new("ticket-not-found", 404, "未找到该工单");
    public static readonly ProblemType TicketClosed = new("ticket-closed", 409, "该工单已关闭，如仍有问题请重新提交工单");
}
