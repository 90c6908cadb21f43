using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Testing.Email;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Workflows.Tests.Notifications.Outbox;

/// <summary>
/// The dispatcher on the in-memory durable backend, with a scripted transport and the outbox on Azurite.
/// </summary>
public sealed class EmailDispatchOrchestratorTests
{
    private static readonly EmailSendOutcome Throttled =
        new EmailSendOutcome.Transient(TimeSpan.FromSeconds(1), "TooManyRequests");

    [Fact]
    public async Task Dispatch_TransientTwiceThenUp_SentOnceAfterRetryAfterWaits()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var transport = new ScriptedEmailTransport(Throttled, Throttled);
        var options = new EmailOutboxOptions
        {
            FirstRetryDelay = TimeSpan.FromMilliseconds(200),
            MaxRetryDelay = TimeSpan.FromMilliseconds(400),
        };
        var entry = await store.QueueAsync(DateTimeOffset.UtcNow);

        var done = await DispatchAsync(store, transport, options, entry.RowKey);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(OutboxStatus.Sent, done.ReadOutputAs<string>());
        var times = transport.Sends.Select(s => s.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.All(
            times.Zip(times.Skip(1)),
            pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.9), $"{pair.Second - pair.First}"));
        Assert.Single(transport.Sends.Select(s => s.OperationId).Distinct());
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Sent, 3), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task Dispatch_TransportNeverUp_GivesUpAndRecordsFailed()
    {
        var store = await OutboxTestStorage.NewStoreAsync();
        var transport = new ScriptedEmailTransport(
            Enumerable.Repeat<EmailSendOutcome>(new EmailSendOutcome.Transient(null, "SocketException"), 100)
                .ToArray());
        var options = new EmailOutboxOptions
        {
            FirstRetryDelay = TimeSpan.FromMilliseconds(300),
            MaxRetryDelay = TimeSpan.FromMilliseconds(300),
            GiveUpAfter = TimeSpan.FromSeconds(2),
        };
        var entry = await store.QueueAsync(DateTimeOffset.UtcNow);

        var done = await DispatchAsync(store, transport, options, entry.RowKey);
        var attempts = transport.Sends.Count;

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(OutboxStatus.Failed, done.ReadOutputAs<string>());
        var row = await store.RowAsync(entry.RowKey);
        Assert.Equal((OutboxStatus.Failed, "GaveUp: SocketException"), (row.Status, row.LastError));
        Assert.InRange(attempts, 1, 10); // about 2 s / 300 ms, fewer on a loaded machine
        Assert.Equal((attempts, attempts), (row.Attempts, transport.Sends.Count));
    }

    private static async Task<OrchestrationMetadata> DispatchAsync(
        EmailOutboxStore store, IEmailTransport transport, EmailOutboxOptions options, string rowKey)
    {
        var smsLog = new Adapters.Sms.SmsSendLog(await OutboxTestStorage.NewStorageAsync()); // email rows never use it
        await using var host = await DurableTaskTestHost.StartAsync(
            r =>
            {
                r.AddOrchestrator<EmailDispatchOrchestrator>();
                r.AddActivity<SendQueuedEmail>();
            },
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services => services
                    .AddSingleton(store).AddSingleton(transport).AddSingleton<EmailTemplateCatalog>()
                    .AddSingleton(Options.Create(options)).AddSingleton(TimeProvider.System)
                    .AddSingleton<OutboxDelivery>().AddLogging()
                    .AddSingleton(smsLog).AddSingleton(Options.Create(new Adapters.Sms.SmsOptions()))
                    .AddSingleton<SmsDelivery>()
                    .AddFallbackLookups(),
            });
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(EmailDispatchOrchestrator),
            new EmailDispatchInput(rowKey),
            new Microsoft.DurableTask.StartOrchestrationOptions(EmailDispatchOrchestrator.InstanceIdFor(rowKey)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}

/// <summary>What the dispatcher's activity needs for the fallback to the other channel (looked up, never used by
/// e-mail-only rows of no stored person).</summary>
internal static class FallbackLookups
{
    public static IServiceCollection AddFallbackLookups(this IServiceCollection services) => services
        .AddSingleton(OutboxTestStorage.NewClients())
        .AddSingleton<Adapters.Applications.ApplicationStore>().AddSingleton<Adapters.Support.SupportTicketStore>()
        .AddSingleton<Adapters.Registry.RegistryRequestStore>()
        .AddSingleton(new Adapters.Privacy.PersonalDataProtector(Options.Create(new Adapters.Privacy.PrivacyOptions
        {
            IdIndexKey = "test-only-id-index-key-0123456789abcdef",
        })))
        .AddSingleton(Options.Create(new Workflows.Support.SupportOptions()))
        .AddSingleton(Options.Create(new Workflows.Registry.RegistryOptions()))
        .AddSingleton<NoticeRecipients>().AddSingleton<NotificationQueue>();
}
