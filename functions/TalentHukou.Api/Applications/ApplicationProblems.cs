using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Applications;

/// <summary>The applications area's problem types.</summary>
public static class ApplicationProblems
{
    public static readonly ProblemType NotFound = new("application-not-found", 404, "未找到该申请");
    /// <summary>Seed Q5: applications of the provincial system are not visible here.</summary>
    public static readonly ProblemType Provincial = new(
        "provincial-application", 404, "该业务在广东省人力资源和社会保障厅人才引进入户申办系统办理," + "请在该系统查询");
    public static readonly ProblemType Duplicate = new("duplicate-application", 409, "该身份证号码已有在办的申请，不能重复申请");
    /// <summary>
    /// The same applicant's earlier submission is stored but its process has not started yet: retry shortly.
    /// </summary>
    public static readonly ProblemType StillStarting = new("submission-in-progress", 409, "您的申请正在提交中，请稍后刷新查看");
    /// <summary>The submitted ID number is not the one the identity platform verified for the caller.</summary>
    public static readonly ProblemType IdentityMismatch = new("identity-mismatch", 403, "申请人身份证号码与您的实名认证信息不一致");
    public static readonly ProblemType WrongStage = new("wrong-stage", 409, "当前业务环节不能进行该操作");
    public static readonly ProblemType ObjectionNotFound = new("objection-not-found", 404, "未找到该异议");
    /// <summary>Separation of duties: nobody decides on their own application or objection.</summary>
    public static readonly ProblemType OwnMatter = new("own-matter", 403, "不能审批本人提交的申请或异议");
    /// <summary>
    /// To anyone who may not see the application: no such application and not under publicity read the same.
    /// </summary>
    public static readonly ProblemType NotInPublicity = new("not-in-publicity", 409, "该申请不在公示期内，不能提出异议");
    public static readonly ProblemType RosterEntryNotFound = new("roster-entry-not-found", 404, "未找到该公示信息");
    public static readonly ProblemType PublicityNotRunning = new("publicity-not-running", 409, "该公示已结束或尚未开始，不能提出异议");
    public static readonly ProblemType TooManyReturns = new("too-many-returns", 409, "该申请退回补正次数已达上限，不能再次退回");
    public static readonly ProblemType MaterialNotFound = new("material-not-found", 404, "未找到该申请材料");
    public static readonly ProblemType TooManyObjections = new("too-many-objections", 409, "该申请收到的异议过多，请联系人社部门");
}
