using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

internal static partial class EmailTemplates
{
    private static IEnumerable<(NotificationKind Kind, EmailTemplate Template)> Publicity() =>
    [
        (NotificationKind.PublicityStarted, new(
            "公示开始（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已进入公示期，公示期为5个工作日，至{PublicityEndDate}结束。", "公示期间如收到异议，人社部门将进行核查。"],
            "Application {ApplicationId} is publicized until {PublicityEndDate}.")),
        (NotificationKind.PublicityEndMoved, new(
            "公示结束日期调整（{ApplicationId}）",
            [
                Greeting,
                "因国务院办公厅节假日安排通知（{NoticeReference}）调整工作日，您的申请（编号：{ApplicationId}）的公示期顺延至{PublicityEndDate}结束。",
                ProgressHint,
            ],
            "The publicity of application {ApplicationId} now ends on {PublicityEndDate} "
                + "(a holiday notice changed the working days).")),
        (NotificationKind.PublicityEnded, new(
            "公示结束（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）公示期已结束，公示期间无异议。", ProgressHint],
            "The publicity period of application {ApplicationId} has ended without objection.")),
        (NotificationKind.ObjectionReceived, new(
            "公示期间收到异议（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）在公示期间收到异议，人社部门将进行核查，核查结果将另行通知。", ConsultHint],
            "An objection to application {ApplicationId} was received and is being reviewed.")),
        (NotificationKind.ObjectionResolved, new(
            "异议核查结果（{ApplicationId}）",
            [
                Greeting,
                "您的申请（编号：{ApplicationId}）在公示期间收到的异议已核查完毕。",
                "{Outcome|Upheld=经核查，异议成立，您的申请未获通过。|NotUpheld=经核查，异议不成立，公示完成，您的申请将继续办理。}",
                ConsultHint,
            ],
            "The objection to application {ApplicationId} was {Outcome|Upheld=upheld; the application is rejected|"
                + "NotUpheld=not upheld; the application continues}.")),
    ];
}
