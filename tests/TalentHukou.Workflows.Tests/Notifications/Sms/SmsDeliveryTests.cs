using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Sms;
using TalentHukou.Adapters.Sms.Tencent;
using TalentHukou.SmsGateway;
using TalentHukou.Testing.Sms;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Tests.Notifications.Outbox;

namespace TalentHukou.Workflows.Tests.Notifications.Sms;

/// <summary>
/// SMS rows of the outbox on Azurite, delivered through the real client to the local gateway over HTTP: exactly one
/// message per event through a lost answer, a crash mid-send and an outage; throttles wait; refusals fail for good;
/// the per-number limit defers; the row ends delivered or failed from the delivery report.
/// </summary>
public sealed class SmsDeliveryTests : IAsyncLifetime
{
    private const string Phone = "13900139000";
    private readonly LocalSmsGatewayUnderTest _local = new();
    private EmailOutboxStore _store = null!;
    private SmsDelivery _delivery = null!;
    private SmsSendLog _log = null!;

    public async Task InitializeAsync()
    {
        await _local.InitializeAsync();
        var storage = await OutboxTestStorage.NewStorageAsync();
        _store = new EmailOutboxStore(storage);
        _log = new SmsSendLog(storage);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_local.ServiceSettings()).Build();
        var sms = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>()!;
        sms.ReportGrace = TimeSpan.FromSeconds(2);
        sms.ReportPollInterval = TimeSpan.FromMilliseconds(200);
        var tencent = configuration.GetSection(TencentSmsOptions.SectionName).Get<TencentSmsOptions>()!;
        var gateway = new TencentSmsGateway(
            new TencentSmsClient(tencent.Endpoint, tencent.SecretId, tencent.SecretKey),
            Options.Create(sms),
            Options.Create(tencent),
            TimeProvider.System);
        var outbox = new EmailOutboxOptions
        {
            FirstRetryDelay = TimeSpan.FromMilliseconds(200),
            SendTimeout = TimeSpan.FromSeconds(5),
        };
        _delivery = new SmsDelivery(
            _store,
            [gateway],
            _log,
            Options.Create(sms),
            Options.Create(outbox),
            TimeProvider.System,
            NullLogger<SmsDelivery>.Instance);
    }

    public async Task DisposeAsync() => await _local.DisposeAsync();

    private async Task<OutboxEntry> QueueAsync(string phone = Phone)
    {
        var entry = OutboxEntry.ForSms(
            $"application/A{Guid.NewGuid():N}/card-issued",
            NotificationKind.CardIssued,
            phone,
            SmsNotice.CardIssued,
            ["张*"],
            DateTimeOffset.UtcNow);
        Assert.NotNull(await _store.TryAddAsync(entry, CancellationToken.None));
        return entry;
    }

    /// <summary>
    /// Runs the row's steps as its dispatcher would, until it is final or <paramref name="limit"/> passes.
    /// </summary>
    private async Task<OutboxEntry> RunUntilFinalAsync(string rowKey, TimeSpan? limit = null)
    {
        var until = DateTimeOffset.UtcNow + (limit ?? TimeSpan.FromSeconds(15));
        while (DateTimeOffset.UtcNow < until)
        {
            var stored = (await _store.GetAsync(rowKey, CancellationToken.None))!;
            var step = await _delivery.AttemptAsync(stored);
            if (step.RetryAt is not { } at) break;
            var wait = at - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait < TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1));
        }

        return await _store.RowAsync(rowKey);
    }

    [Fact]
    public async Task AttemptAsync_GatewayUp_SentThenDeliveredAndOneMessage()
    {
        var entry = await QueueAsync();

        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.NotNull(row.ProviderMessageId);
        var message = Assert.Single(await _local.MessagesAsync());
        Assert.Equal(Phone, message.To);
        Assert.Contains("入户人员信息卡已出卡", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttemptAsync_AnswerLost_ReconciledThroughTheStatusPullWithNoSecondMessage()
    {
        var entry = await QueueAsync();
        await _local.SetFaultsAsync(new Faults(Faults.LoseAnswer));
        var first = await _delivery.AttemptAsync((await _store.GetAsync(entry.RowKey, CancellationToken.None))!);
        Assert.Equal(OutboxStatus.Queued, first.Status);
        await _local.SetFaultsAsync(new Faults());

        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Single(await _local.MessagesAsync());
    }

    [Fact]
    public async Task AttemptAsync_CrashedAfterTheGatewayAccepted_NotSentAgain()
    {
        var entry = await QueueAsync();
        var stored = (await _store.GetAsync(entry.RowKey, CancellationToken.None))!;
        var attemptAt = DateTimeOffset.UtcNow.AddMinutes(-3);
        // The process claimed the row, the gateway accepted the message, and the process died before recording it.
        await _store.TryReplaceAsync(entry with
        {
            Status = OutboxStatus.Sending,
            Attempts = 1,
            LastAttemptAt = DateTimeOffset.UtcNow,
            LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(-1),
        }, stored.ETag, CancellationToken.None);
        await SendDirectlyAsync(entry);

        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal((OutboxStatus.Delivered, 1), (row.Status, row.Attempts));
        Assert.Single(await _local.MessagesAsync());
        Assert.True(attemptAt < row.DeliveredAt);
    }

    [Fact]
    public async Task AttemptAsync_CrashedBeforeTheGatewayGotIt_SentOnceAfterTheGrace()
    {
        var entry = await QueueAsync();
        var stored = (await _store.GetAsync(entry.RowKey, CancellationToken.None))!;
        await _store.TryReplaceAsync(entry with
        {
            Status = OutboxStatus.Sending,
            Attempts = 1,
            LastAttemptAt = DateTimeOffset.UtcNow,
            LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(-1),
        }, stored.ETag, CancellationToken.None);

        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal((OutboxStatus.Delivered, 2), (row.Status, row.Attempts));
        Assert.Single(await _local.MessagesAsync());
    }

    [Fact]
    public async Task AttemptAsync_GatewayOutage_DeliveredOnceAfterIt()
    {
        var entry = await QueueAsync();
        await _local.SetFaultsAsync(new Faults(Faults.Outage));
        for (var i = 0; i < 3; i++)
        {
            var step = await _delivery.AttemptAsync((await _store.GetAsync(entry.RowKey, CancellationToken.None))!);
            Assert.NotNull(step.RetryAt);
        }

        await _local.SetFaultsAsync(new Faults());
        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.Single(await _local.MessagesAsync());
    }

    [Fact]
    public async Task AttemptAsync_Throttled_QueuedAgainAfterTheVendorsWait()
    {
        var entry = await QueueAsync();
        await _local.SetFaultsAsync(new Faults(Faults.Throttle));

        var step = await _delivery.AttemptAsync((await _store.GetAsync(entry.RowKey, CancellationToken.None))!);

        var row = await _store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Queued, "LimitExceeded.PhoneNumberThirtySecondLimit"), (row.Status, row.LastError));
        Assert.True(step.RetryAt >= row.LastAttemptAt!.Value.AddSeconds(30));
        Assert.Empty(await _local.MessagesAsync());
    }

    [Theory]
    [InlineData(nameof(Faults.InvalidNumbers), "InvalidParameterValue.IncorrectPhoneNumber")]
    [InlineData(nameof(Faults.OptedOutNumbers), "FailedOperation.PhoneNumberInBlacklist")]
    [InlineData(nameof(Faults.UndeliverableNumbers), "Report: UNDELIV")]
    public async Task AttemptAsync_NumberRefusedOrUnreachable_FailedAndNotRetried(string list, string reason)
    {
        var entry = await QueueAsync();
        await _local.SetFaultsAsync(list switch
        {
            nameof(Faults.InvalidNumbers) => new Faults(InvalidNumbers: [Phone]),
            nameof(Faults.OptedOutNumbers) => new Faults(OptedOutNumbers: [Phone]),
            _ => new Faults(UndeliverableNumbers: [Phone]),
        });

        var row = await RunUntilFinalAsync(entry.RowKey);

        Assert.Equal((OutboxStatus.Failed, reason, 1), (row.Status, row.LastError, row.Attempts));
        Assert.Equal(
            EmailDispatchStep.Done(OutboxStatus.Failed),
            await _delivery.AttemptAsync((await _store.GetAsync(entry.RowKey, CancellationToken.None))!));
    }

    [Fact]
    public async Task AttemptAsync_NumberMessagedSecondsAgo_DeferredByOurLimitNotRefusedByTheVendor()
    {
        await _log.RecordAsync(Phone, "earlier", DateTimeOffset.UtcNow.AddSeconds(-5), CancellationToken.None);
        var entry = await QueueAsync();

        var step = await _delivery.AttemptAsync((await _store.GetAsync(entry.RowKey, CancellationToken.None))!);

        Assert.Equal(OutboxStatus.Queued, step.Status);
        Assert.InRange(step.RetryAt!.Value, DateTimeOffset.UtcNow.AddSeconds(20), DateTimeOffset.UtcNow.AddSeconds(30));
        Assert.Equal(0, (await _store.RowAsync(entry.RowKey)).Attempts);
        Assert.Empty(await _local.MessagesAsync());
    }

    private async Task SendDirectlyAsync(OutboxEntry entry)
    {
        var settings = _local.ServiceSettings();
        var client = new TencentSmsClient(
            _local.Endpoint, settings["Sms:Tencent:SecretId"]!, settings["Sms:Tencent:SecretKey"]!);
        var result = await client.SendSmsAsync(new SendSmsRequest(
            ["+86" + entry.ToAddress],
            settings["Sms:Tencent:SmsSdkAppId"]!,
            settings["Sms:SignName"]!,
            settings["Sms:Templates:CardIssued"]!,
            entry.SmsParameters,
            entry.OperationId));
        Assert.Equal(TencentSmsErrors.Ok, result.Value?.SendStatusSet[0].Code);
    }
}
