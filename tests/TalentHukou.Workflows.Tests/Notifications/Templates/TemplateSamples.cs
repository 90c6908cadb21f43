using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Templates;

/// <summary>A sample value for every name the templates use (choices get a valid option).</summary>
internal static class TemplateSamples
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["RecipientName"] = "张*",
        ["ApplicationId"] = "GZ-2025-000123",
        ["ReviewLevel"] = "District",
        ["ReviewOffice"] = "天河区人力资源和社会保障局",
        ["EmployerName"] = "广州某某科技有限公司",
        ["Reason"] = "学历证书信息与学信网不一致",
        ["PublicityEndDate"] = "2025-03-14",
        ["Outcome"] = "NotUpheld",
        ["CardDeadline"] = "2025-04-30",
        ["RequestKind"] = "School",
        ["RequestId"] = "REQ-000045",
        ["DueBy"] = "2025-03-05",
        ["TicketId"] = "TK-000789",
        ["Category"] = "cannot-download-card",
        ["Items"] = "education.certificateNo：证书编号与学信网记录不一致",
        ["CorrectionDueBy"] = "2025-03-12 17:30",
        ["NoticeReference"] = "国办发明电〔2026〕7号",
    };

    public static readonly HashSet<string> ChoiceNames = ["ReviewLevel", "Outcome", "RequestKind"];

    public static TheoryData<NotificationKind> AllKinds() => new(Enum.GetValues<NotificationKind>());

    public static Dictionary<string, string> For(EmailTemplateCatalog catalog, NotificationKind kind) =>
        catalog.RequiredValues(kind).ToDictionary(name => name, name => Values[name]);
}
