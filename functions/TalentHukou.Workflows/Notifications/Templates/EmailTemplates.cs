using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>
/// The texts of all notices, one per <see cref="NotificationKind"/>, grouped by area in the partial files.
/// </summary>
internal static partial class EmailTemplates
{
    private const string Greeting = "{RecipientName}，您好：";
    private const string ProgressHint = "您可登录引进在职人才入户系统，点击“业务进度查询(下载入户卡)”查看办理进度：{StatusUrl}";
    private const string ConsultHint = "如有业务疑问，可联系市/区人社部门咨询。";

    private static readonly Dictionary<NotificationKind, EmailTemplate> All =
        Applications().Concat(Publicity()).Concat(Cards()).Concat(RegistryAndSupport())
            .ToDictionary(entry => entry.Kind, entry => entry.Template);

    public static EmailTemplate For(NotificationKind kind) =>
        All.TryGetValue(kind, out var template)
            ? template
            : throw new ArgumentOutOfRangeException(
                nameof(kind), kind, "No e-mail template for this notification kind.");
}
