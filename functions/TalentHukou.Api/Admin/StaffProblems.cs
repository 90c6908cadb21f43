using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Admin;

/// <summary>The staff-assignment problem types.</summary>
public static class StaffProblems
{
    public static readonly ProblemType NotFound = new("staff-assignment-not-found", 404, "未找到该人员的角色分配");
    public static readonly ProblemType SelfAssignment = new("staff-self-assignment", 403, "不能为自己分配角色");
}
