using System.Net;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Email;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Testing;
using TalentHukou.Workflows.Notifications;
using TalentHukou.Workflows.Notifications.Outbox;

namespace TalentHukou.Api.Tests.Notifications;

/// <summary>The outbox end to end: the local host on Azurite, the real SMTP transport, a real SMTP server.</summary>
public class EmailOutboxTests
{
    [Fact]
    public async Task Outbox_SmtpDownThenUp_EveryEventDeliveredExactlyOnce()
    {
        await using var smtp = SmtpCatcher.Down();
        await using var host = await OutboxHost.StartAsync(OutboxHost.FastRetries(smtp));
        var run = Guid.NewGuid().ToString("N");
        var keys = new[] { $"ticket/{run}/1/received", $"ticket/{run}/2/received", $"ticket/{run}/3/received" };
        var requests = await Task.WhenAll(
            keys.Select((key, i) => host.TicketNoticeAsync(key, $"applicant{i}@example.com")));
        Assert.Equal("error", await EmailHealthAsync(host, HttpStatusCode.OK)); // degraded: mail waits in the outbox

        Assert.Equal([true, true, true, false], await host.QueueAsync([.. requests, requests[0]]));
        var failing = await host.RowsWhenAsync(keys, r => r.Attempts >= 2);
        Assert.All(failing, r => Assert.NotEqual(OutboxStatus.Sent, r.Status));
        Assert.Empty(smtp.Messages);

        smtp.Start();
        var sent = await SentOrExplainedAsync(host, keys);
        Assert.Equal("ok", await EmailHealthAsync(host, HttpStatusCode.OK));
        Assert.Equal([false], await host.QueueAsync(requests[1])); // the same event again, after delivery
        // Longer than the longest retry delay: a duplicate send would have arrived.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var expectedIds = keys.Select(k => $"{EmailOperationId.ToGuid(k):N}@talenthukou.local").ToList();
        Assert.Equal(expectedIds.Order(), smtp.Messages.Select(m => m.MessageId).Order());
        Assert.Equal(["applicant0@example.com", "applicant1@example.com", "applicant2@example.com"],
            smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(sent, r => Assert.True(r.Attempts >= 3, $"{r.Attempts} attempts"));
        Assert.Equal(expectedIds, sent.Select(r => r.ProviderMessageId));
        Assert.All(sent, r => Assert.Equal("zh-CN", r.Language));
        foreach (var key in keys)
        {
            var dispatch = await host.Durable.GetInstanceAsync(
                EmailDispatchOrchestrator.InstanceIdFor(OutboxEntry.RowKeyFor(key)), getInputsAndOutputs: true);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, dispatch!.RuntimeStatus);
            Assert.Equal(OutboxStatus.Sent, dispatch.ReadOutputAs<string>());
        }
    }

    [Fact]
    public async Task Outbox_ChainedMailsDuringOutage_ArriveInTheirOrderOnceSmtpIsBack()
    {
        await using var smtp = SmtpCatcher.Down();
        await using var host = await OutboxHost.StartAsync(OutboxHost.FastRetries(smtp));
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(1, 4).Select(i => $"application/{run}/step-{i}").ToArray();
        var requests = (await Task.WhenAll(keys.Select(key => host.TicketNoticeAsync(key, "chained@example.com"))))
            .Select((r, i) => r with { After = i == 0 ? null : keys[i - 1] }).ToArray();

        await host.QueueAsync(requests);
        await host.RowsWhenAsync(keys[..1], r => r.Attempts >= 2);
        smtp.Start();
        await host.RowsWhenAsync(keys, r => r.Status == OutboxStatus.Sent);

        Assert.Equal(keys.Select(k => $"{EmailOperationId.ToGuid(k):N}@talenthukou.local"),
            smtp.Messages.Select(m => m.MessageId));
        // Waiting is not an attempt.
        Assert.All(await host.RowsWhenAsync(keys[1..], _ => true), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task Outbox_RecipientRefused_RecordedFailedAndNotRetried()
    {
        await using var smtp = SmtpCatcher.Started();
        await using var host = await OutboxHost.StartAsync(OutboxHost.FastRetries(smtp));
        var key = $"ticket/{Guid.NewGuid():N}/received";

        await host.QueueAsync(await host.TicketNoticeAsync(key, SmtpCatcher.RefusedRecipient));
        var failed = (await host.RowsWhenAsync([key], r => r.Status == OutboxStatus.Failed)).Single();
        await Task.Delay(TimeSpan.FromSeconds(2)); // longer than the first retry delay: a retry would have happened

        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP5", failed.LastError);
        Assert.NotNull(failed.FailedAt);
        var later = await host.RowAsync(key);
        Assert.Equal((OutboxStatus.Failed, 1), (later.Status, later.Attempts));
        Assert.Empty(smtp.Messages);
        // Refused for good on the attempt made when it was queued: nothing to retry, so no dispatcher was started.
        Assert.Null(await host.Durable.GetInstanceAsync(EmailDispatchOrchestrator.InstanceIdFor(failed.RowKey)));
    }

    [Fact]
    public async Task Outbox_TransportUp_SentWhenQueuedWithoutADispatcher_OnceAlsoWhenQueuedAgain()
    {
        await using var smtp = SmtpCatcher.Started();
        await using var host = await OutboxHost.StartAsync(OutboxHost.FastRetries(smtp));
        var key = $"ticket/{Guid.NewGuid():N}/received";
        var notice = await host.TicketNoticeAsync(key, "direct@example.com");

        Assert.Equal([true, false], await host.QueueAsync(notice, notice));
        var row = await host.RowAsync(key); // QueueAsync returns after the activities: the row is final already

        Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Equal("direct@example.com", Assert.Single(smtp.Messages).To.Mailboxes.Single().Address);
        Assert.Equal("张*", row.Values["RecipientName"]); // looked up from the ticket, not carried by the request
        Assert.Null(await host.Durable.GetInstanceAsync(EmailDispatchOrchestrator.InstanceIdFor(row.RowKey)));
    }

    /// <summary>
    /// Waits until every row is sent; if one is not, says which row waited and why: the row (its attempts, next attempt
    /// time, lease), its dispatcher (status, and the retry time it sleeps until) and what the outbox logged about it.
    /// </summary>
    private static async Task<List<OutboxEntry>> SentOrExplainedAsync(LocalHostUnderTest host, string[] keys)
    {
        try
        {
            return await host.RowsWhenAsync(keys, r => r.Status == OutboxStatus.Sent);
        }
        catch (TimeoutException e)
        {
            var now = DateTimeOffset.UtcNow;
            var waiting = new List<string>();
            foreach (var key in keys)
            {
                var row = await host.RowAsync(key);
                if (row.Status == OutboxStatus.Sent) continue;
                var dispatcher = await host.Durable.GetInstanceAsync(
                    EmailDispatchOrchestrator.InstanceIdFor(row.RowKey), getInputsAndOutputs: true);
                var logged = host.Logs.Entries
                    .Where(l => l.EventId is >= 4201 and <= 4206 && l.Properties.Any(p => Equals(p.Value, row.RowKey)))
                    .Select(l => $"  {l.At:HH:mm:ss.fff} {l.Level}: {l.Message}");
                waiting.Add($"Row {row.RowKey} ({key}) at {now:O}: {row.Status}, {row.Attempts} attempt(s), "
                    + $"next attempt {row.NextAttemptAt:O}, lease until {row.LeaseUntil:O}, "
                    + $"last error {row.LastError}; "
                    + $"dispatcher {dispatcher?.RuntimeStatus.ToString() ?? "absent"}, "
                    + $"sleeping until the step {dispatcher?.SerializedCustomStatus ?? "(none)"} "
                    + $"(last updated {dispatcher?.LastUpdatedAt:O}); the outbox logged:\n{string.Join("\n", logged)}");
            }
            throw new TimeoutException($"{e.Message}\n{string.Join("\n", waiting)}", e);
        }
    }

    /// <summary>
    /// The email check as ops see it. Storage and durable probes give up after 5 s, which a host just started on a
    /// loaded machine can take; only a repeated 503 counts against the expected status.
    /// </summary>
    private static async Task<string?> EmailHealthAsync(LocalHostUnderTest host, HttpStatusCode expected)
    {
        var client = await host.ClientForAsync("ops-health", ["ops"]);
        var response = await client.GetAsync("health");
        for (var retry = 0;
             retry < 3 && response.StatusCode == HttpStatusCode.ServiceUnavailable && expected != response.StatusCode;
             retry++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            response = await client.GetAsync("health");
        }
        Assert.Equal(expected, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("checks").GetProperty("email").GetProperty("status").GetString();
    }
}
