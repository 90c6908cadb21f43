using System.Text.Json;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Adapters.Tests.Email;

public sealed class EmailSendOutcomeTests
{
    public static TheoryData<EmailSendOutcome> Outcomes() =>
    [
        new EmailSendOutcome.Succeeded("op-1"),
        new EmailSendOutcome.Failed(Permanent: true, "InvalidRecipient"),
        new EmailSendOutcome.Transient(TimeSpan.FromSeconds(30), "TooManyRequests"),
    ];

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Serialize_Outcome_RoundTripsWithItsKind(EmailSendOutcome outcome)
    {
        var json = JsonSerializer.Serialize(outcome);

        Assert.Equal(outcome, JsonSerializer.Deserialize<EmailSendOutcome>(json));
    }
}
