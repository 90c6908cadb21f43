using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Smtp;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Testing;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Adapters.Tests.Email.Smtp;

public sealed class SmtpEmailTransportTests : IAsyncLifetime
{
    private const string OperationId = "outbox:APP-2025-000123:CardIssued";
    private static readonly EmailMessage Message = new(
        new EmailAddress("applicant@example.com", "张*"),
        "【广州引进在职人才入户】出卡通知",
        "您的《广州市入户人员信息卡》已签发，请登录系统下载。\nYour card has been issued.",
        "<p>您的《广州市入户人员信息卡》已签发，请登录系统下载。</p>")
    {
        ReplyTo = new EmailAddress("hrssgz@gz.gov.cn"),
    };

    private readonly SmtpCatcher _server = SmtpCatcher.Started();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_LocalServer_DeliversChineseSubjectAndBodiesWithOperationMessageId()
    {
        var outcome = await CreateTransport(_server.Port).SendAsync(Message, OperationId, CancellationToken.None);

        var expectedMessageId = $"{EmailOperationId.ToGuid(OperationId):N}@talenthukou.local";
        Assert.Equal(new EmailSendOutcome.Succeeded(expectedMessageId), outcome);
        var received = Assert.Single(_server.Messages);
        Assert.Equal("【广州引进在职人才入户】出卡通知", received.Subject);
        Assert.Contains("您的《广州市入户人员信息卡》已签发", received.TextBody);
        Assert.Contains("<p>您的《广州市入户人员信息卡》已签发", received.HtmlBody);
        Assert.Equal(expectedMessageId, received.MessageId);
        Assert.Equal("applicant@example.com", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("hrssgz@gz.gov.cn", Assert.Single(received.ReplyTo.Mailboxes).Address);
        Assert.Equal("广州市引进在职人才入户系统", Assert.Single(received.From.Mailboxes).Name);
    }

    [Fact]
    public async Task SendAsync_SameOperationTwice_BothCopiesCarryTheSameMessageId()
    {
        var transport = CreateTransport(_server.Port);

        await transport.SendAsync(Message, OperationId, CancellationToken.None);
        await transport.SendAsync(Message, OperationId, CancellationToken.None);
        await transport.SendAsync(Message, "another-operation", CancellationToken.None);

        var ids = _server.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
    }

    [Fact]
    public async Task SendAsync_RecipientRefused_ReturnsPermanentFailure()
    {
        var refused = Message with { To = new EmailAddress(SmtpCatcher.RefusedRecipient) };

        var outcome = await CreateTransport(_server.Port).SendAsync(refused, OperationId, CancellationToken.None);

        var failed = Assert.IsType<EmailSendOutcome.Failed>(outcome);
        Assert.True(failed.Permanent);
        Assert.StartsWith("SMTP5", failed.Reason);
    }

    [Fact]
    public async Task SendAsync_NothingListening_ReturnsTransient()
    {
        var outcome = await CreateTransport(SmtpCatcher.Down().Port)
            .SendAsync(Message, OperationId, CancellationToken.None);

        Assert.IsType<EmailSendOutcome.Transient>(outcome);
    }

    [Fact]
    public async Task CheckAsync_LocalServer_IsHealthy()
    {
        var health = await CreateTransport(_server.Port).CheckAsync(CancellationToken.None);

        Assert.Equal(TransportHealth.Healthy, health);
    }

    [Fact]
    public async Task CheckAsync_NothingListening_ReportsError()
    {
        var port = SmtpCatcher.Down().Port;

        var health = await CreateTransport(port).CheckAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.StartsWith($"SMTP 127.0.0.1:{port}: ", health.Error);
    }

    private static SmtpEmailTransport CreateTransport(int port) => new(
        Options.Create(new SmtpEmailTransportOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Timeout = TimeSpan.FromSeconds(5),
        }),
        NullLogger<SmtpEmailTransport>.Instance);
}
