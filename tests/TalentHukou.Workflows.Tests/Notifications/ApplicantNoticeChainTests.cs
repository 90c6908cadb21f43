using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications;

public class ApplicantNoticeChainTests
{
    [Fact]
    public void Next_ChainsEachNoticeAfterThePreviousOne_StartingAfterTheGivenKey()
    {
        var chain = new ApplicantNoticeChain("A1", after: "application/A1/card-ready");

        var issued = chain.Next(NotificationKind.CardIssued, "card-R1/issued");
        var synced = chain.Next(NotificationKind.CardIssued, "card-R1/synced", ("CardNumber", "R1"));

        Assert.Equal("application/A1/card-ready", issued.After);
        Assert.Equal("application/A1/card-R1/issued", issued.EventKey);
        Assert.Equal(issued.EventKey, synced.After);
        Assert.Equal(synced.EventKey, chain.Last);
    }

    [Fact]
    public void Next_NamesTheApplicantByApplicationId_NoNameOrAddress()
    {
        var notice = new ApplicantNoticeChain("A1")
            .Next(NotificationKind.PublicityStarted, "publicity-started", ("PublicityEnd", "2026-12-04"));

        Assert.Null(notice.After);
        Assert.Equal(NoticeRecipient.Applicant("A1"), notice.Recipient);
        Assert.False(notice.Values.ContainsKey("RecipientName"));
        Assert.Equal("A1", notice.Values["ApplicationId"]);
        Assert.Equal("2026-12-04", notice.Values["PublicityEnd"]);
    }
}
