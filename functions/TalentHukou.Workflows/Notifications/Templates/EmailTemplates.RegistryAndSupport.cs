using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

internal static partial class EmailTemplates
{
    private const string RequestKind = "{RequestKind|Employer=新增/修改单位信息|School=添加院校|Major=添加专业|UnitAdmin=单位系统管理员权限}";
    private const string SupportMailbox = "填写过程中系统异常可通过邮箱hrssgz@gz.gov.cn联系后台工作人员处理。";

    private static IEnumerable<(NotificationKind Kind, EmailTemplate Template)> RegistryAndSupport() =>
    [
        // Only so that every kind has a text: the code itself goes by SMS alone and is never put in an e-mail.
        (NotificationKind.PhoneVerificationCode, new(
            "手机号码验证",
            [Greeting, "您正在验证手机号码，验证码已通过短信发送，请在10分钟内输入。如非本人操作，请忽略。"],
            "A phone verification code was sent by SMS.")),
        (NotificationKind.RegistryRequestApproved, new(
            "申请已审批通过（{RequestId}）",
            [Greeting, "您提交的" + RequestKind + "申请（编号：{RequestId}）已审批通过。", "查看详情：{RequestUrl}"],
            "Your registry request {RequestId} has been approved.")),
        (NotificationKind.RegistryRequestRejected, new(
            "申请未通过审批（{RequestId}）",
            [
                Greeting,
                "您提交的" + RequestKind + "申请（编号：{RequestId}）未通过审批。",
                "原因：{Reason}",
                "查看详情：{RequestUrl}",
                SupportMailbox,
            ],
            "Your registry request {RequestId} was not approved.")),
        (NotificationKind.RegistryRequestOverdue, new(
            "待审批申请已超期（{RequestId}）",
            ["管理员您好：", RequestKind + "申请（编号：{RequestId}）应于{DueBy}前审批（1个工作日），现已超期，请尽快处理。"],
            "Registry request {RequestId} was due by {DueBy} and is overdue.")),
        (NotificationKind.TicketReceived, new(
            "技术支持工单已受理（{TicketId}）",
            [Greeting, "您提交的技术支持工单（编号：{TicketId}）已受理，工作人员将在3个工作日内（{DueBy}前）进行处理并回复。", "查看工单：{TicketUrl}"],
            "Support ticket {TicketId} has been received; we will reply within 3 working days.")),
        (NotificationKind.TicketAnswered, new(
            "技术支持工单已回复（{TicketId}）",
            [Greeting, "您提交的技术支持工单（编号：{TicketId}）已有回复，请登录系统查看：{TicketUrl}"],
            "Support ticket {TicketId} has been answered; please sign in to read the reply.")),
        (NotificationKind.TicketOverdue, new(
            "技术支持工单超期未回复（{TicketId}）",
            ["技术支持同事您好：", "技术支持工单（编号：{TicketId}，类别：{Category}）应于{DueBy}前回复（3个工作日），现已超期，请尽快处理。"],
            "Support ticket {TicketId} ({Category}) was due by {DueBy} and is overdue.")),
        (NotificationKind.TicketDueSoon, new(
            "技术支持工单即将超期（{TicketId}）",
            ["技术支持同事您好：", "技术支持工单（编号：{TicketId}，类别：{Category}）尚未回复，应于{DueBy}前回复（3个工作日），请及时处理。"],
            "Support ticket {TicketId} ({Category}) is due by {DueBy} and not yet answered.")),
    ];
}
