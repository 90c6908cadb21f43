using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Domain.Registry;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Notifications.Templates;
using TalentHukou.Workflows.Registry.Orchestrations;

namespace TalentHukou.Workflows.Tests.Registry;

public sealed class RegistryNoticesTests
{
    private static readonly DateTimeOffset DueBy = DateTimeOffset.Parse("2026-03-03T09:30:00Z");
    private readonly EmailTemplateCatalog _catalog = new();

    private static RegistryReviewInput Input(RegistryRequestType? type, bool notify = true) =>
        new("RQ123", new ClockAnchor(DueBy, DueBy, 1), DueBy) { Type = type, NotifyRequester = notify };

    /// <summary>
    /// The email as queued to <paramref name="name"/> (the queueing activity looks the name up by request id).
    /// </summary>
    private RenderedEmail Render(NotificationRequest notice, string? name) =>
        _catalog.Render(
            notice.Kind, OutboxEntry.For(notice, new ResolvedRecipient("x@example.cn", name), DueBy).Values);

    [Theory]
    [InlineData(RegistryRequestType.EmployerAdd, "新增/修改单位信息")]
    [InlineData(RegistryRequestType.EmployerModify, "新增/修改单位信息")]
    [InlineData(RegistryRequestType.School, "添加院校")]
    [InlineData(RegistryRequestType.Major, "添加专业")]
    [InlineData(RegistryRequestType.UnitAdmin, "单位系统管理员权限")]
    public void Decided_Approved_NamesTheKindOfRequest(RegistryRequestType type, string kind)
    {
        var notice = RegistryNotices.Decided(Input(type), RegistryRequestStatus.Approved, null)!;

        var email = Render(notice, "申请人");
        Assert.Equal(
            ("registry/RQ123/approved", NoticeRecipient.Requester("RQ123")), (notice.EventKey, notice.Recipient));
        Assert.Contains($"您提交的{kind}申请（编号：RQ123）已审批通过。", email.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("申请人，您好：", email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("营业执照不一致", "原因：营业执照不一致")]
    [InlineData("  ", "原因：未说明")]
    [InlineData(null, "原因：未说明")]
    public void Decided_Rejected_CarriesTheReason(string? reason, string line)
    {
        var notice = RegistryNotices.Decided(
            Input(RegistryRequestType.UnitAdmin), RegistryRequestStatus.Rejected, reason)!;

        var email = Render(notice, "王*");
        Assert.Equal(NotificationKind.RegistryRequestRejected, notice.Kind);
        Assert.Contains(line, email.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("王*，您好：", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Decided_NoAddressOrStartedBeforeNotices_NoEmail()
    {
        Assert.Null(RegistryNotices.Decided(
            Input(RegistryRequestType.School, notify: false), RegistryRequestStatus.Approved, null));
        Assert.Null(RegistryNotices.Decided(Input(type: null), RegistryRequestStatus.Approved, null));
        Assert.Null(RegistryNotices.Overdue(Input(type: null)));
    }

    [Fact]
    public void Overdue_ToTheAdmins_WithTheDeadlineInChinaTime()
    {
        var notice = RegistryNotices.Overdue(Input(RegistryRequestType.School))!;

        var email = Render(notice, null);
        Assert.Equal(("registry/RQ123/overdue", NoticeRecipient.RegistryTeam), (notice.EventKey, notice.Recipient));
        Assert.Contains("应于2026-03-03 17:30前审批（1个工作日）", email.PlainText, StringComparison.Ordinal);
    }
}
