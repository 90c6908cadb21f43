using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Registry;

/// <summary>The registry's problem types; titles use the seed's wording where it has one.</summary>
public static class RegistryProblems
{
    public static readonly ProblemType EmployerNotFound = new("employer-not-found", 404, "无符合条件的记录");
    public static readonly ProblemType SchoolNotFound = new("school-not-found", 404, "未找到相关院校");
    public static readonly ProblemType MajorNotFound = new("major-not-found", 404, "未找到相关专业");
    public static readonly ProblemType RequestNotFound = new("registry-request-not-found", 404, "未找到该申请记录");
    public static readonly ProblemType AttachmentNotFound = new("registry-attachment-not-found", 404, "未找到该附件");
    public static readonly ProblemType AlreadyDecided = new("registry-request-decided", 409, "该申请已审批，不能重复审批");
    public static readonly ProblemType EmployerAlreadyRegistered = new(
        "employer-already-registered", 409, "该单位已在系统中，请输入完整的单位名称进行查询");
    public static readonly ProblemType SchoolAlreadyRegistered = new(
        "school-already-registered", 409, "该院校已在系统中，请输入完整的院校名称进行查询");
    public static readonly ProblemType MajorAlreadyRegistered = new(
        "major-already-registered", 409, "该专业已在系统中，请输入完整的专业名称进行查询");
    /// <summary>Another request for the same name (after folding) is awaiting review.</summary>
    public static readonly ProblemType NameRequested = new("registry-name-requested", 409, "该名称已有待审核的添加申请，请勿重复提交");
    /// <summary>Separation of duties: nobody decides on their own request.</summary>
    public static readonly ProblemType OwnRequest = new("own-request", 403, "不能审批本人提交的申请");
    /// <summary>Only the unit's own admin proposes changes to it.</summary>
    public static readonly ProblemType NotUnitAdmin = new("not-unit-admin", 403, "只有本单位的管理员可以申请修改单位信息");
    public static readonly ProblemType UnitAdminNotNeeded = new("unit-admin-not-needed", 422, "无需申请法人单位系统管理员权限");
}
