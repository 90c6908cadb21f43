using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Acs;
using TalentHukou.Adapters.Tests.Email;
using TalentHukou.Adapters.Tests.Email.Acs;
using TalentHukou.Workflows.Notifications;

namespace TalentHukou.Adapters.Tests.Email.Acs;

public sealed class AcsEmailTransportTests : IAsyncLifetime
{
    private const string OperationId = "outbox:APP-2025-000123:ApplicationReceived";
    private static readonly string ExpectedOperationGuid = EmailOperationId.ToGuid(OperationId).ToString();
    private static readonly EmailMessage Message = new(
        new EmailAddress("applicant@example.com", "张*"), "【广州引进在职人才入户】申请已提交", "您的申请已提交成功。", "<p>您的申请已提交成功。</p>");

    private readonly InstantDelayTimeProvider _clock = new();
    private FakeAcsEmailService _service = null!;

    public async Task InitializeAsync() => _service = await FakeAcsEmailService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task SendAsync_AcceptedThenRunningThenSucceeded_PollsHonouringRetryAfterAndSucceeds()
    {
        _service.OnSend(ScriptedReply.Accepted("Running", retryAfterSeconds: 2));
        _service.OnStatus(ScriptedReply.Status("Running", retryAfterSeconds: 3), ScriptedReply.Status("Succeeded"));

        var outcome = await CreateTransport().SendAsync(Message, OperationId, CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Succeeded(ExpectedOperationGuid), outcome);
        var send = Assert.Single(_service.Sends);
        Assert.Equal(ExpectedOperationGuid, send.OperationId);
        Assert.Equal(2, _service.Polls.Count);
        Assert.All(_service.Polls, poll => Assert.StartsWith(
            $"/emails/operations/{ExpectedOperationGuid}?api-version=2025-09-01", poll.PathAndQuery));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], _clock.Delays);
        Assert.Contains("\"subject\":\"", System.Text.Encoding.UTF8.GetString(send.Body));
        Assert.Equal(_service.Endpoint.Authority, send.Host);
    }

    [Fact]
    public async Task SendAsync_OperationFails_ReturnsPermanentFailureWithServiceErrorCode()
    {
        _service.OnSend(ScriptedReply.Accepted("Running"));
        _service.OnStatus(ScriptedReply.Status("Failed", errorCode: "EmailDroppedAllRecipientsSuppressed"));

        var outcome = await CreateTransport().SendAsync(Message, OperationId, CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Failed(Permanent: true, "EmailDroppedAllRecipientsSuppressed"), outcome);
        Assert.Single(_service.Polls);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithShortRetryAfter_WaitsAndRetriesSameOperationWithFreshSignature()
    {
        _service.OnSend(ScriptedReply.Throttled(retryAfterSeconds: 1), ScriptedReply.Accepted("Running"));
        _service.OnStatus(ScriptedReply.Status("Succeeded"));

        var outcome = await CreateTransport().SendAsync(Message, OperationId, CancellationToken.None);

        Assert.IsType<EmailSendOutcome.Succeeded>(outcome);
        var sends = _service.Sends;
        Assert.Equal(2, sends.Count);
        Assert.All(sends, s => Assert.Equal(ExpectedOperationGuid, s.OperationId));
        Assert.NotEqual(sends[0].Date, sends[1].Date);
        Assert.True(
            sends[1].ReceivedAt - sends[0].ReceivedAt >= TimeSpan.FromMilliseconds(900),
            "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task SendAsync_ThrottledWithLongRetryAfter_ReturnsTransientAndNextAttemptReusesOperationId()
    {
        _service.OnSend(ScriptedReply.Throttled(retryAfterSeconds: 30), ScriptedReply.Accepted("Succeeded"));
        var transport = CreateTransport();

        var first = await transport.SendAsync(Message, OperationId, CancellationToken.None);
        var second = await transport.SendAsync(Message, OperationId, CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Transient(TimeSpan.FromSeconds(30), "TooManyRequests"), first);
        Assert.IsType<EmailSendOutcome.Succeeded>(second);
        Assert.Equal([ExpectedOperationGuid, ExpectedOperationGuid], _service.Sends.Select(s => s.OperationId));
    }

    [Fact]
    public async Task SendAsync_ServerErrorThenAccepted_RetriesInPipelineAndSucceeds()
    {
        _service.OnSend(ScriptedReply.Error(500, "InternalError", "Try again."), ScriptedReply.Accepted("Running"));
        _service.OnStatus(ScriptedReply.Status("Succeeded"));

        var outcome = await CreateTransport().SendAsync(Message, OperationId, CancellationToken.None);

        Assert.IsType<EmailSendOutcome.Succeeded>(outcome);
        Assert.Equal([ExpectedOperationGuid, ExpectedOperationGuid], _service.Sends.Select(s => s.OperationId));
        Assert.Single(_service.Polls);
    }

    [Fact]
    public async Task SendAsync_StillRunningAtPollingCap_ReturnsTransient()
    {
        _service.OnSend(ScriptedReply.Accepted("Running", retryAfterSeconds: 2));
        _service.OnStatus(
            ScriptedReply.Status("Running", 2),
            ScriptedReply.Status("Running", 2),
            ScriptedReply.Status("Running", 2));

        var outcome = await CreateTransport(maxPollingWait: TimeSpan.FromSeconds(5))
            .SendAsync(Message, OperationId, CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Transient(TimeSpan.FromSeconds(2), "StillRunning"), outcome);
        Assert.Equal(2, _service.Polls.Count);
    }

    [Fact]
    public async Task SendAsync_RequestRejected_ReturnsPermanentFailureWithErrorCode()
    {
        _service.OnSend(ScriptedReply.Error(400, "InvalidSenderAddress", "Sender not verified.", inHeader: false));

        var outcome = await CreateTransport().SendAsync(Message, OperationId, CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Failed(Permanent: true, "InvalidSenderAddress"), outcome);
    }

    [Fact]
    public async Task SendAsync_WrongAccessKey_ServiceRejectsSignatureAsPermanentFailure()
    {
        var transport = CreateTransport(accessKey: "d3Jvbmcta2V5");

        var outcome = await transport.SendAsync(Message, OperationId, CancellationToken.None);
        var health = await transport.CheckAsync(CancellationToken.None);

        Assert.Equal(new EmailSendOutcome.Failed(Permanent: true, "Denied"), outcome);
        Assert.False(health.IsHealthy);
        Assert.Contains("401", health.Error);
    }

    [Fact]
    public async Task CheckAsync_ServiceAnswers_IsHealthy()
    {
        var health = await CreateTransport().CheckAsync(CancellationToken.None);

        Assert.Equal(TransportHealth.Healthy, health);
        Assert.Single(_service.Polls);
    }

    [Fact]
    public async Task CheckAsync_NothingListening_ReportsUnreachable()
    {
        var endpoint = _service.Endpoint;
        await _service.DisposeAsync();
        var options = new AcsEmailClientOptions { TimeProvider = _clock };
        options.Retry.MaxRetries = 0;
        var client = new AcsEmailClient($"endpoint={endpoint};accesskey={FakeAcsEmailService.AccessKey}", options);

        var health = await CreateTransport(client).CheckAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.StartsWith("ACS unreachable", health.Error);
    }

    private AcsEmailTransport CreateTransport(
        TimeSpan? maxPollingWait = null, string accessKey = FakeAcsEmailService.AccessKey)
    {
        var options = new AcsEmailClientOptions { TimeProvider = _clock };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return CreateTransport(new AcsEmailClient(_service.ConnectionString(accessKey), options), maxPollingWait);
    }

    private AcsEmailTransport CreateTransport(AcsEmailClient client, TimeSpan? maxPollingWait = null) => new(
        client,
        Options.Create(new AcsEmailTransportOptions
        {
            SenderAddress = "DoNotReply@contoso.azurecomm.net",
            MaxPollingWait = maxPollingWait ?? TimeSpan.FromSeconds(60),
        }),
        _clock,
        NullLogger<AcsEmailTransport>.Instance);
}
