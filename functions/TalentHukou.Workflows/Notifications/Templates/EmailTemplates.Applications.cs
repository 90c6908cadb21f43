using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

internal static partial class EmailTemplates
{
    private static IEnumerable<(NotificationKind Kind, EmailTemplate Template)> Applications() =>
    [
        (NotificationKind.ApplicationReceived, new(
            "申请已提交（{ApplicationId}）",
            [Greeting, "您的引进在职人才入户申请已提交成功，申请编号：{ApplicationId}。", ProgressHint],
            "Your application {ApplicationId} for talent household registration has been received.")),
        (NotificationKind.ApplicationRouted, new(
            "申请已转{ReviewLevel|City=市|District=区}人社局审核（{ApplicationId}）",
            [
                Greeting,
                "您的申请（编号：{ApplicationId}）已转至{ReviewOffice}审核。",
                "{ReviewLevel|City=市国资委下属国有企业员工的申请由广州市人力资源和社会保障局审核。|District=申请由用人单位所在区的人力资源和社会保障局审核。}",
                ProgressHint,
            ],
            "Application {ApplicationId} has been forwarded to the {ReviewLevel|City=city|District=district} "
                + "human resources and social security bureau for review.")),
        (NotificationKind.UnitReviewApproved, new(
            "单位审核已通过（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已通过用人单位{EmployerName}的审核，将转至人社部门审核。", ProgressHint],
            "Your employer has approved application {ApplicationId}.")),
        (NotificationKind.UnitReviewRejected, new(
            "单位审核未通过（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）未通过用人单位{EmployerName}的审核。", "原因：{Reason}", "如有疑问，请与用人单位联系。"],
            "Your employer did not approve application {ApplicationId}.")),
        (NotificationKind.HrssReviewApproved, new(
            "人社部门审核已通过（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已通过人社部门审核，将进入为期5个工作日的公示期。", ProgressHint],
            "Application {ApplicationId} has been approved and will be publicized for 5 working days.")),
        (NotificationKind.HrssReviewRejected, new(
            "人社部门审核未通过（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）未通过人社部门审核。", "原因：{Reason}", ConsultHint],
            "Application {ApplicationId} was not approved by the human resources and social security bureau.")),
        (NotificationKind.ApplicationWithdrawn, new(
            "申请已撤回（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已按您的要求撤回，办理流程已终止，申请记录予以保留。", "如需再次申请，可随时重新提交。", ProgressHint],
            "Application {ApplicationId} has been withdrawn at your request; you may apply again at any time.")),
        (NotificationKind.ApplicationClosed, new(
            "申请已终止办理（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已由系统运维终止办理，申请记录予以保留。", "如需继续办理，可重新提交申请。", ConsultHint],
            "Application {ApplicationId} was closed by operations; its record is kept and you may apply again.")),
        (NotificationKind.ApplicationReturned, new(
            "申请已退回补正（{ApplicationId}）",
            [
                Greeting,
                "您的申请（编号：{ApplicationId}）经审核需要补正，已退回给您。需补正的内容：{Items}",
                "请于{CorrectionDueBy}前登录系统补正并重新提交：{CorrectionUrl}",
                "逾期未补正的，申请将自动撤回。",
            ],
            "Application {ApplicationId} was returned for correction; correct and resubmit it by {CorrectionDueBy}.")),
        (NotificationKind.ApplicationResubmitted, new(
            "补正材料已提交（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已补正并重新提交，将继续审核。", ProgressHint],
            "Your correction of application {ApplicationId} was received; the review resumes.")),
        (NotificationKind.CorrectionExpired, new(
            "申请因逾期未补正已撤回（{ApplicationId}）",
            [
                Greeting,
                "您的申请（编号：{ApplicationId}）未在{CorrectionDueBy}前补正，已自动撤回，申请记录予以保留。",
                "如需再次申请，可随时重新提交。",
                ProgressHint,
            ],
            "Application {ApplicationId} was withdrawn because it was not corrected by {CorrectionDueBy}.")),
    ];
}
