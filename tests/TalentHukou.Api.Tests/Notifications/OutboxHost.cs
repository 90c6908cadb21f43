using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Support;
using TalentHukou.Testing;
using TalentHukou.Workflows.Notifications.Outbox;
using TalentHukou.Workflows.Notifications.Templates;

namespace TalentHukou.Api.Tests.Notifications;

/// <summary>Queues notifications on a test host and watches their outbox rows.</summary>
internal static class OutboxHost
{
    /// <summary>Retries every second or two instead of every 30 s to an hour.</summary>
    public static Dictionary<string, string?> FastRetries(SmtpCatcher smtp) => new(smtp.Settings())
    {
        ["Email:Outbox:FirstRetryDelay"] = "00:00:01",
        ["Email:Outbox:MaxRetryDelay"] = "00:00:02",
    };

    public static Task<LocalHostUnderTest> StartAsync(Dictionary<string, string?> settings) =>
        LocalHostUnderTest.StartAsync(
            settings: settings, extraTasks: r => r.AddOrchestrator<QueueNotificationsOrchestration>());

    /// <summary>
    /// A ticket-received notice for <paramref name="eventKey"/> to <paramref name="to"/>: notices name their
    /// recipient by reference, so a ticket with that address is stored first (the real store; the queueing activity
    /// looks it up).
    /// </summary>
    public static async Task<NotificationRequest> TicketNoticeAsync(
        this LocalHostUnderTest host, string eventKey, string to)
    {
        var ticketId = "TK" + OutboxEntry.RowKeyFor(eventKey)[..20].ToUpperInvariant();
        var contact = new TicketContact("张*", "", "1101**********002X", "", "138****5678", "", to);
        var now = DateTimeOffset.UtcNow;
        await host.Services.GetRequiredService<SupportTicketStore>().AddAsync(new SupportTicket(ticketId, "outbox-test",
            TicketCategory.Other, TicketStatus.Open, "邮件测试", contact, "", now, now.AddDays(3)), CancellationToken.None);
        return new(eventKey, NotificationKind.TicketReceived, NoticeRecipient.TicketAuthor(ticketId),
            new Dictionary<string, string> { ["TicketId"] = ticketId, ["DueBy"] = "2026-03-05" });
    }

    /// <summary>
    /// Queues <paramref name="requests"/> through <see cref="QueueNotification"/>; what each call returned.
    /// </summary>
    public static async Task<List<bool>> QueueAsync(this LocalHostUnderTest host, params NotificationRequest[] requests)
    {
        var id = await host.Durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(QueueNotificationsOrchestration), requests);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = await host.Durable.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        return done.ReadOutputAs<List<bool>>()!;
    }

    public static async Task<OutboxEntry> RowAsync(this LocalHostUnderTest host, string eventKey) =>
        (await host.Services.GetRequiredService<EmailOutboxStore>()
            .GetAsync(OutboxEntry.RowKeyFor(eventKey), CancellationToken.None))!.Entry;

    /// <summary>
    /// Polls the rows of <paramref name="eventKeys"/> until each satisfies <paramref name="condition"/>.
    /// </summary>
    public static async Task<List<OutboxEntry>> RowsWhenAsync(
        this LocalHostUnderTest host,
        IEnumerable<string> eventKeys,
        Func<OutboxEntry, bool> condition,
        int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        List<OutboxEntry> rows = [];
        while (DateTime.UtcNow < deadline)
        {
            rows = [];
            foreach (var key in eventKeys) rows.Add(await host.RowAsync(key));
            if (rows.All(condition)) return rows;
            await Task.Delay(200);
        }
        throw new TimeoutException(
            $"Outbox rows did not reach the expected state within {seconds}s: {string.Join("; ", rows)}");
    }
}
