using TalentHukou.Adapters.Email;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Adapters.Tests.Email;

public sealed class EmailOperationIdTests
{
    [Fact]
    public void ToGuid_Guid_ReturnsItUnchanged()
    {
        var guid = Guid.NewGuid();

        Assert.Equal(guid, EmailOperationId.ToGuid(guid.ToString()));
    }

    [Fact]
    public void ToGuid_SameNonGuidId_SameVersion8GuidEveryTime()
    {
        var first = EmailOperationId.ToGuid("outbox:APP-1:CardIssued");
        var again = EmailOperationId.ToGuid("outbox:APP-1:CardIssued");
        var other = EmailOperationId.ToGuid("outbox:APP-2:CardIssued");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal('8', first.ToString()[14]);
        Assert.Contains(first.ToString()[19], "89ab");
    }
}
