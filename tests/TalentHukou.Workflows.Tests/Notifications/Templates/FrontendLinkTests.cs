using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Templates;

public sealed class FrontendLinkTests
{
    private readonly EmailTemplateCatalog _catalog = new(new FrontendLinks("https://talent.example.gov.cn/"));

    [Theory]
    [InlineData(NotificationKind.CardIssued, "https://talent.example.gov.cn/applications/GZ-2025-000123/card")]
    [InlineData(NotificationKind.ApplicationReceived, "https://talent.example.gov.cn/applications/GZ-2025-000123")]
    [InlineData(NotificationKind.ApplicationWithdrawn, "https://talent.example.gov.cn/applications/GZ-2025-000123")]
    [InlineData(
        NotificationKind.ApplicationReturned, "https://talent.example.gov.cn/applications/GZ-2025-000123/correction")]
    [InlineData(NotificationKind.TicketAnswered, "https://talent.example.gov.cn/support/tickets/TK-000789")]
    [InlineData(NotificationKind.RegistryRequestApproved, "https://talent.example.gov.cn/registry/requests/REQ-000045")]
    public void Render_KindWithALink_LinksAbsolutelyToTheFrontEnd(NotificationKind kind, string link)
    {
        var email = _catalog.Render(kind, TemplateSamples.For(_catalog, kind));

        Assert.Contains(link, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredValues_Links_AreNeverAskedOfTheCaller() =>
        Assert.DoesNotContain("CardUrl", _catalog.RequiredValues(NotificationKind.CardIssued));
}
