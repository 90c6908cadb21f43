using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Testing.Email;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Outbox;

public sealed class SendQueuedEmailTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-02T01:00:00Z");
    private readonly FakeTimeProvider _time = new(Start);
    private readonly EmailOutboxOptions _options = new()
    {
        FirstRetryDelay = TimeSpan.FromSeconds(30),
        MaxRetryDelay = TimeSpan.FromHours(1),
        GiveUpAfter = TimeSpan.FromDays(3),
    };

    [Fact]
    public async Task RunAsync_Delivered_RowSentWithProviderIdAndStableOperationId()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var transport = new ScriptedEmailTransport();

        var step = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), step);
        var (operationId, message, _) = Assert.Single(transport.Sends);
        Assert.Equal(EmailOperationId.ToGuid(entry.EventKey).ToString(), operationId);
        Assert.StartsWith("【广州引进在职人才入户】技术支持工单已受理", message.Subject);
        Assert.Equal("applicant@example.com", message.To.Address);
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal(
            (OutboxStatus.Sent, 1, "provider-" + operationId, Start),
            (row.Status, row.Attempts, row.ProviderMessageId, row.SentAt));
        Assert.Null(row.LeaseUntil);
    }

    [Fact]
    public async Task RunAsync_AlreadySent_DoesNotSendAgain()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var transport = new ScriptedEmailTransport();
        await Run(store, transport, entry.RowKey);

        var again = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), again);
        Assert.Single(transport.Sends);
    }

    [Fact]
    public async Task RunAsync_TransientWithLongRetryAfter_QueuedAgainAfterRetryAfter()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var transport = new ScriptedEmailTransport(
            new EmailSendOutcome.Transient(TimeSpan.FromMinutes(10), "TooManyRequests"));

        var step = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Queued, Start.AddMinutes(10)), step);
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal(
            (OutboxStatus.Queued, 1, "TooManyRequests", Start.AddMinutes(10)),
            (row.Status, row.Attempts, row.LastError, row.NextAttemptAt));
    }

    [Fact]
    public async Task RunAsync_TransientPastGiveUpTime_RecordedFailed()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start - TimeSpan.FromDays(3));
        var transport = new ScriptedEmailTransport(new EmailSendOutcome.Transient(null, "SocketException"));

        var step = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Failed), step);
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal(
            (OutboxStatus.Failed, "GaveUp: SocketException", Start), (row.Status, row.LastError, row.FailedAt));
    }

    [Fact]
    public async Task RunAsync_TransientNearGiveUpTime_LastAttemptAtGiveUpTime()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start - TimeSpan.FromDays(3) + TimeSpan.FromSeconds(5));
        var transport = new ScriptedEmailTransport(new EmailSendOutcome.Transient(null, "SocketException"));

        var step = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Queued, Start.AddSeconds(5)), step);
    }

    [Fact]
    public async Task RunAsync_PermanentFailure_RecordedFailed()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var transport = new ScriptedEmailTransport(
            new EmailSendOutcome.Failed(Permanent: true, "InvalidRecipientDomain"));

        var step = await Run(store, transport, entry.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Failed), step);
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Failed, 1, "InvalidRecipientDomain"), (row.Status, row.Attempts, row.LastError));
    }

    [Theory]
    [InlineData("not-an-address", "InvalidRecipient")]
    [InlineData(null, "Template: The TicketReceived template needs the value 'TicketId'. (Parameter 'values')")]
    public async Task RunAsync_UnsendableRow_FailedWithoutCallingTransport(string? to, string error)
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var ticket = OutboxTestStorage.Ticket();
        var request = to is null ? ticket with { Values = new Dictionary<string, string>() } : ticket;
        var entry = await store.QueueAsync(Start, request, to ?? "applicant@example.com");
        var transport = new ScriptedEmailTransport();

        await Run(store, transport, entry.RowKey);

        Assert.Empty(transport.Sends);
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Failed, error), (row.Status, row.LastError));
    }

    [Fact]
    public async Task RunAsync_TwoAttemptsAtOnce_OnlyOneSends()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var transport = new ScriptedEmailTransport { Delay = TimeSpan.FromMilliseconds(500) };

        var steps = await Task.WhenAll(Run(store, transport, entry.RowKey), Run(store, transport, entry.RowKey));

        Assert.Single(transport.Sends);
        Assert.Contains(EmailDispatchStep.Done(OutboxStatus.Sent), steps);
        Assert.Contains(steps, s => s.RetryAt is not null); // the other looks again later and then finds it sent
        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), await Run(store, transport, entry.RowKey));
        Assert.Single(transport.Sends);
    }

    [Fact]
    public async Task RunAsync_RowHeldByAnotherAttempt_LooksAgainAfterFirstRetryDelayAndSendsOnceLeaseEnds()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var entry = await store.QueueAsync(Start);
        var stored = (await store.GetAsync(entry.RowKey, CancellationToken.None))!;
        var leaseUntil = Start + _options.Lease;
        await store.TryReplaceAsync(
            entry with { Status = OutboxStatus.Sending, Attempts = 1, LeaseUntil = leaseUntil },
            stored.ETag,
            CancellationToken.None);
        var transport = new ScriptedEmailTransport();

        var held = await Run(store, transport, entry.RowKey);
        _time.Advance(_options.Lease - TimeSpan.FromSeconds(10));
        var heldNearItsEnd = await Run(store, transport, entry.RowKey);
        _time.Advance(TimeSpan.FromSeconds(10));
        var after = await Run(store, transport, entry.RowKey);

        // Not the whole lease (sized for a crash): a live holder records its outcome long before it ends.
        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Sending, Start + _options.FirstRetryDelay), held);
        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Sending, leaseUntil), heldNearItsEnd);
        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), after);
        Assert.Equal(2, (await store.RowAsync(entry.RowKey)).Attempts);
        Assert.Single(transport.Sends);
    }

    [Fact]
    public async Task RunAsync_EarlierMailOfTheProcessUndelivered_WaitsWithoutAnAttempt()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var earlier = await store.QueueAsync(Start);
        var later = await store.QueueAsync(Start, OutboxTestStorage.Ticket() with { After = earlier.EventKey });
        var transport = new ScriptedEmailTransport();

        var step = await Run(store, transport, later.RowKey);

        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Queued, Start + _options.OrderCheckInterval), step);
        Assert.Empty(transport.Sends);
        Assert.Equal(
            (OutboxStatus.Queued, 0),
            ((await store.RowAsync(later.RowKey)).Status, (await store.RowAsync(later.RowKey)).Attempts));
    }

    [Fact]
    public async Task RunAsync_EarlierMailWaitingToBeRetried_LooksAgainWhenItsRetryIsDue()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var earlier = await store.QueueAsync(Start);
        var later = await store.QueueAsync(Start, OutboxTestStorage.Ticket() with { After = earlier.EventKey });
        await Run(
            store,
            new ScriptedEmailTransport(new EmailSendOutcome.Transient(TimeSpan.FromMinutes(10), "TooManyRequests")),
            earlier.RowKey);
        var transport = new ScriptedEmailTransport();

        var step = await Run(store, transport, later.RowKey);

        // Not every OrderCheckInterval through the provider's ten minutes: once, when the earlier mail is tried again.
        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Queued, Start.AddMinutes(10)), step);
        Assert.Empty(transport.Sends);
    }

    [Fact]
    public async Task RunAsync_EarlierMailRetriedAfterTheGiveUpTime_LooksAgainAtTheGiveUpTime()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var earlier = await store.QueueAsync(Start);
        var later = await store.QueueAsync(
            Start - _options.GiveUpAfter + TimeSpan.FromMinutes(1),
            OutboxTestStorage.Ticket() with { After = earlier.EventKey });
        await Run(
            store,
            new ScriptedEmailTransport(new EmailSendOutcome.Transient(TimeSpan.FromMinutes(10), "TooManyRequests")),
            earlier.RowKey);

        var step = await Run(store, new ScriptedEmailTransport(), later.RowKey);

        Assert.Equal(EmailDispatchStep.Retry(OutboxStatus.Queued, Start.AddMinutes(1)), step);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_EarlierMailSentOrFailed_SendsInItsTurn(bool earlierDelivered)
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var earlier = await store.QueueAsync(Start, to: earlierDelivered ? "applicant@example.com" : "not-an-address");
        var later = await store.QueueAsync(Start, OutboxTestStorage.Ticket() with { After = earlier.EventKey });
        var transport = new ScriptedEmailTransport();
        await Run(store, transport, earlier.RowKey);

        var step = await Run(store, transport, later.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), step);
        Assert.Equal(
            earlierDelivered ? [earlier.OperationId, later.OperationId] : [later.OperationId],
            transport.Sends.Select(s => s.OperationId));
    }

    [Fact]
    public async Task RunAsync_EarlierMailStuckPastGiveUpTime_SendsAnyway()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var earlier = await store.QueueAsync(Start);
        var later = await store.QueueAsync(Start, OutboxTestStorage.Ticket() with { After = earlier.EventKey });
        _time.Advance(_options.GiveUpAfter);

        var step = await Run(store, new ScriptedEmailTransport(), later.RowKey);

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), step);
    }

    [Fact]
    public async Task RunAsync_NoRow_Missing()
    {
        var store = await OutboxTestStorage.NewStoreAsync();

        var step = await Run(store, new ScriptedEmailTransport(), OutboxEntry.RowKeyFor("no/such/event"));

        Assert.Equal(EmailDispatchStep.Done("missing"), step);
    }

    [Fact]
    public async Task TryAddAsync_NothingToWaitFor_RowAddedClaimedThenSentWithoutAClaimOfItsOwn()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var delivery = Delivery(store, new ScriptedEmailTransport());
        var entry = OutboxEntry.For(OutboxTestStorage.Ticket(), new ResolvedRecipient("a@example.com", "张*"), Start);

        var added = await delivery.TryAddAsync(entry);
        Assert.NotNull(added);
        var stored = await store.GetAsync(entry.RowKey, CancellationToken.None);
        Assert.Equal((OutboxStatus.Sending, 1, added.ETag), (stored!.Entry.Status, stored.Entry.Attempts, stored.ETag));

        Assert.Equal(EmailDispatchStep.Done(OutboxStatus.Sent), await delivery.AttemptAddedAsync(added));
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Null(await delivery.TryAddAsync(entry)); // the event's row exists: a retried call adds nothing
    }

    [Fact]
    public async Task TryAddAsync_EarlierMailUndelivered_RowAddedQueuedUnlessTheCallerSettledIt()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var transport = new ScriptedEmailTransport();
        var delivery = Delivery(store, transport);
        var earlier = await store.QueueAsync(Start);
        OutboxEntry Later() => OutboxEntry.For(OutboxTestStorage.Ticket() with { After = earlier.EventKey },
            new ResolvedRecipient("a@example.com", "张*"), Start);

        var waiting = await delivery.TryAddAsync(Later());
        var claimed = await delivery.TryAddAsync(Later(), new HashSet<string> { earlier.RowKey });

        Assert.Equal(OutboxStatus.Queued, waiting!.Entry.Status);
        Assert.Equal(
            EmailDispatchStep.Retry(OutboxStatus.Queued, Start + _options.OrderCheckInterval),
            await delivery.AttemptAddedAsync(waiting));
        Assert.Empty(transport.Sends);
        Assert.Equal(OutboxStatus.Sending, claimed!.Entry.Status);
    }

    private OutboxDelivery Delivery(EmailOutboxStore store, IEmailTransport transport) =>
        new(NoSms(store), store, transport, new EmailTemplateCatalog(), Options.Create(_options), _time,
            NullLogger<OutboxDelivery>.Instance);

    /// <summary>
    /// The dispatcher's attempt (what <see cref="SendQueuedEmail"/> runs, less the fallback to SMS, which needs a
    /// durable client and is covered through the local host).
    /// </summary>
    private Task<EmailDispatchStep> Run(EmailOutboxStore store, IEmailTransport transport, string rowKey) =>
        new OutboxDelivery(NoSms(store), store, transport, new EmailTemplateCatalog(), Options.Create(_options), _time,
            NullLogger<OutboxDelivery>.Instance).AttemptAsync(rowKey);

    /// <summary>The SMS side of the outbox with no gateway: these tests queue e-mail rows only.</summary>
    private SmsDelivery NoSms(EmailOutboxStore store) => new(
        store,
        [],
        new Adapters.Sms.SmsSendLog(OutboxTestStorage.NewClients()),
        Options.Create(new Adapters.Sms.SmsOptions()),
        Options.Create(_options),
        _time,
        NullLogger<SmsDelivery>.Instance);
}
