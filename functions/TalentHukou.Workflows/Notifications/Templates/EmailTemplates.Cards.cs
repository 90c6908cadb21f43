using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

internal static partial class EmailTemplates
{
    private const string GenerateCard = "请登录引进在职人才入户系统，点击业务进度查询(下载入户卡)，生成入户人员信息卡";

    private static IEnumerable<(NotificationKind Kind, EmailTemplate Template)> Cards() =>
    [
        (NotificationKind.CardReadyToGenerate, new(
            "可生成入户人员信息卡（{ApplicationId}）",
            [
                Greeting,
                "您的申请（编号：{ApplicationId}）公示期已结束且无异议。",
                GenerateCard + "：{StatusUrl}",
                "完成电子签名后，系统将自动签发入户信息卡（通常数秒内完成，最长约10分钟）。",
            ],
            "You can now generate the household registration card for application {ApplicationId}.")),
        (NotificationKind.CardIssued, new(
            "出卡通知（{ApplicationId}）",
            [
                Greeting,
                "您的《广州市入户人员信息卡》（申请编号：{ApplicationId}）已签发。",
                "请登录引进在职人才入户系统，点击“业务进度查询(下载入户卡)”下载入户卡，下载地址：{CardUrl}",
            ],
            "Your card for application {ApplicationId} has been issued; download it at {CardUrl}")),
        (NotificationKind.CardGenerationReminder, new(
            "请尽快生成入户人员信息卡（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）已可生成入户人员信息卡，但尚未生成。", GenerateCard + "，请于{CardDeadline}前完成：{StatusUrl}"],
            "Reminder: please generate the card for application {ApplicationId} before {CardDeadline}.")),
        (NotificationKind.CardGenerationExpired, new(
            "生成入户人员信息卡期限已过（{ApplicationId}）",
            [Greeting, "您的申请（编号：{ApplicationId}）未在{CardDeadline}前生成入户人员信息卡，生成期限已过。", ConsultHint],
            "The deadline {CardDeadline} to generate the card for application {ApplicationId} has passed.")),
        (NotificationKind.PsbReconciliationUnderway, new(
            "入户卡信息核对中（{ApplicationId}）",
            [Greeting, "您的入户卡信息（申请编号：{ApplicationId}）正在与公安业务系统进行数据核对，核对完成后将另行通知。", "核对期间如公安系统复核提示无此指标卡信息，请稍后再试。"],
            "The card data of application {ApplicationId} is being reconciled with the public security system.")),
        (NotificationKind.PsbReconciliationFailed, new(
            "入户卡信息未能同步至公安系统（{ApplicationId}）",
            [Greeting, "您的入户卡信息（申请编号：{ApplicationId}）未能同步至公安业务系统。", "建议由申报人持身份证明材料和入户卡前往各区公安办证中心咨询。"],
            "The card data of application {ApplicationId} could not be synchronized; please visit a district "
                + "public security certificate office with your identity documents and card.")),
        (NotificationKind.PsbReconciliationResolved, new(
            "入户卡信息核对完成（{ApplicationId}）",
            [Greeting, "您的入户卡信息（申请编号：{ApplicationId}）已与公安业务系统核对一致，可前往公安机关办理入户复核。"],
            "The card data of application {ApplicationId} has been reconciled with the public security system.")),
    ];
}
