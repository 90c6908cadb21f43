using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Testing.Email;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Workflows.Tests.Notifications.Outbox;

public sealed class EmailOutboxOptionsTests
{
    private static readonly EmailOutboxOptions Options = new()
    {
        FirstRetryDelay = TimeSpan.FromSeconds(30),
        MaxRetryDelay = TimeSpan.FromHours(1),
    };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(500, 3600)]
    public void RetryDelay_NoRetryAfter_DoublesUpToMax(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Options.RetryDelay(attempts, null));

    [Fact]
    public void RetryDelay_LongerRetryAfter_WaitsRetryAfter() =>
        Assert.Equal(TimeSpan.FromHours(2), Options.RetryDelay(1, TimeSpan.FromHours(2)));

    [Fact]
    public void RetryDelay_ShorterRetryAfter_KeepsBackoff() =>
        Assert.Equal(TimeSpan.FromSeconds(120), Options.RetryDelay(3, TimeSpan.FromSeconds(5)));
}
