using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Templates;

public sealed class EmailTemplateWordingTests
{
    private readonly EmailTemplateCatalog _catalog = new();

    [Fact]
    public void Render_ApplicationRouted_NamesCityOrDistrictBureau()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.ApplicationRouted);

        values["ReviewLevel"] = "City";
        var city = _catalog.Render(NotificationKind.ApplicationRouted, values);
        values["ReviewLevel"] = "District";
        var district = _catalog.Render(NotificationKind.ApplicationRouted, values);

        Assert.Contains("转市人社局审核", city.Subject);
        Assert.Contains("city human resources", city.PlainText);
        Assert.Contains("转区人社局审核", district.Subject);
        Assert.Contains("用人单位所在区的人力资源和社会保障局审核", district.PlainText);
    }

    [Fact]
    public void Render_ObjectionResolved_SaysWhetherUpheld()
    {
        var values = TemplateSamples.For(_catalog, NotificationKind.ObjectionResolved);

        values["Outcome"] = "Upheld";
        var upheld = _catalog.Render(NotificationKind.ObjectionResolved, values);
        values["Outcome"] = "NotUpheld";
        var notUpheld = _catalog.Render(NotificationKind.ObjectionResolved, values);

        Assert.Contains("异议成立，您的申请未获通过", upheld.PlainText);
        Assert.Contains("异议不成立", notUpheld.PlainText);
    }

    [Theory]
    [InlineData(NotificationKind.CardReadyToGenerate, "请登录引进在职人才入户系统，点击业务进度查询(下载入户卡)，生成入户人员信息卡")]
    [InlineData(NotificationKind.CardIssued, "http://localhost:5173/applications/GZ-2025-000123/card")]
    [InlineData(NotificationKind.CardIssued, "出卡通知")]
    [InlineData(NotificationKind.PsbReconciliationFailed, "建议由申报人持身份证明材料和入户卡前往各区公安办证中心咨询")]
    [InlineData(NotificationKind.PublicityStarted, "至2025-03-14结束")]
    [InlineData(NotificationKind.TicketReceived, "3个工作日内")]
    [InlineData(NotificationKind.RegistryRequestOverdue, "管理员您好")]
    [InlineData(NotificationKind.TicketOverdue, "技术支持同事您好")]
    public void Render_Kind_ContainsSeedWording(NotificationKind kind, string expected)
    {
        var email = _catalog.Render(kind, TemplateSamples.For(_catalog, kind));

        Assert.Contains(expected, email.Subject + email.PlainText);
    }
}
