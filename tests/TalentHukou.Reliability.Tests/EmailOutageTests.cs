using System.Diagnostics;
using TalentHukou.Adapters.Email.Outbox;
using TalentHukou.Adapters.Storage;
using TalentHukou.Reliability.Tests.Support;
using TalentHukou.Testing;
using TalentHukou.Testing.Data;
using TalentHukou.Testing.Flows;
using TalentHukou.Testing.Http;
using TalentHukou.Workflows.Notifications.Outbox;
using Xunit.Abstractions;

namespace TalentHukou.Reliability.Tests;

/// <summary>
/// The mail server is down while whole applications run (submission to card), long enough that the back-off of each
/// application's first notice reaches its cap (its later notices wait their turn without attempts); when it comes up,
/// the inbox holds each outbox row's Message-Id exactly once, each application's in the order its events happened.
/// </summary>
public sealed class EmailOutageTests(ITestOutputHelper output)
{
    public const int Applications = 3;

    /// <summary>Retries 1 s, 2 s, then every 4 s (the cap): attempt 6 comes after three rounds at the cap.</summary>
    public const int AttemptsWhileDown = 6;

    [Fact]
    public async Task SmtpDownDuringFullFlows_BackOffAtCap_EveryNoticeDeliveredOnceWhenUp()
    {
        await using var smtp = SmtpCatcher.Down();
        var settings = FastSmartPath.Settings(smtp);
        settings["Email:Outbox:MaxRetryDelay"] = "00:00:04";
        await using var host = await LocalHostUnderTest.StartAsync(settings: settings);
        var watch = Stopwatch.StartNew();
        var runs = new List<Task<System.Text.Json.JsonElement>>();
        for (var i = 0; i < Applications; i++)
        {
            var applicant = await ApplicationFlows.ApplicantAsync(host);
            runs.Add(new SmartPathDriver(applicant, "李小龙")
                .RunAsync(await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart")));
        }
        await Task.WhenAll(runs);
        var storage = new HostStorage(host.Names, TestEnvironment.StorageConnectionString);
        await Eventually.TrueAsync(
            async () => (await storage.RowsAsync(StorageNames.EmailOutboxTable))
                .Where(IsFirstOfItsApplication)
                .All(r => r.GetInt32("Attempts") >= AttemptsWhileDown),
            $"every application's first notice tried {AttemptsWhileDown} times", seconds: 120);
        var queued = await storage.RowsAsync(StorageNames.EmailOutboxTable);
        Assert.All(
            queued.Where(r => !IsFirstOfItsApplication(r)),
            r => Assert.Equal((OutboxStatus.Queued, 0), (r.GetString("Status"), r.GetInt32("Attempts") ?? 0)));
        output.WriteLine($"{queued.Count} notices queued; mail server down for {watch.Elapsed.TotalSeconds:F0} s");
        Assert.Empty(smtp.Messages);
        Assert.All(queued, r => Assert.NotEqual(OutboxStatus.Failed, r.GetString("Status")));
        // Each application's whole flow: received, routed, publicity started and ended, card ready, card issued.
        Assert.All(new[] { "ApplicationReceived", "PublicityStarted", "PublicityEnded", "CardIssued" },
            kind => Assert.Equal(Applications, queued.Count(r => r.GetString("Kind") == kind)));

        smtp.Start();
        var upAt = watch.Elapsed;
        try
        {
            // Each application's six notices go one after the other, each seeing its predecessor sent within
            // OrderCheckInterval; on a loaded machine (CI runs the API tests alongside) that chain took more than a
            // minute once.
            await Eventually.TrueAsync(
                async () => (await storage.RowsAsync(StorageNames.EmailOutboxTable))
                    .All(r => r.GetString("Status") == OutboxStatus.Sent),
                "every notice sent", seconds: 180);
        }
        catch (TimeoutException)
        {
            await DescribeUnsentAsync(host, storage);
            throw;
        }
        output.WriteLine($"every notice sent {(watch.Elapsed - upAt).TotalSeconds:F0} s after the mail server came up");
        // Longer than the capped retry delay: a duplicate send would have arrived.
        await Task.Delay(TimeSpan.FromSeconds(5));

        var sent = await storage.RowsAsync(StorageNames.EmailOutboxTable);
        Assert.Equal(queued.Count, sent.Count);
        Assert.Equal(
            sent.Select(r => r.GetString("ProviderMessageId")).Order(),
            smtp.Messages.Select(m => m.MessageId).Order());
        Assert.Equal(sent.Count, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        var arrival = smtp.Messages.Select((m, i) => (Id: m.MessageId!, i)).ToDictionary(x => x.Id, x => x.i);
        var byRow = sent.ToDictionary(r => r.RowKey, r => arrival[r.GetString("ProviderMessageId")]);
        Assert.All(sent.Where(r => !IsFirstOfItsApplication(r)), r => Assert.True(
            byRow[r.GetString("AfterRowKey")] < byRow[r.RowKey],
            $"{r.GetString("EventKey")} arrived before the notice it follows"));
        output.WriteLine(
            $"{smtp.Messages.Count} messages delivered once each, "
            + $"{watch.Elapsed.TotalSeconds:F0} s after the first submission");
    }

    /// <summary>For a failure message: each notice not sent, and its dispatch instance as ops sees it.</summary>
    private async Task DescribeUnsentAsync(LocalHostUnderTest host, HostStorage storage)
    {
        foreach (var row in (await storage.RowsAsync(StorageNames.EmailOutboxTable))
            .Where(r => r.GetString("Status") != OutboxStatus.Sent))
        {
            var dispatch = await host.Durable.GetInstanceAsync(
                EmailDispatchOrchestrator.InstanceIdFor(row.RowKey), getInputsAndOutputs: true);
            output.WriteLine(
                $"unsent {row.GetString("Kind")} {row.RowKey}: {row.GetString("Status")}, " +
                $"attempts {row.GetInt32("Attempts")}, " +
                $"next {row.GetDateTimeOffset("NextAttemptAt"):O}, after {row.GetString("AfterRowKey")}, " +
                $"error {row.GetString("LastError")}; " +
                $"dispatch {dispatch?.RuntimeStatus} {dispatch?.SerializedCustomStatus} " +
                $"updated {dispatch?.LastUpdatedAt:O}");
        }
    }

    private static bool IsFirstOfItsApplication(Azure.Data.Tables.TableEntity row) =>
        row.GetString("AfterRowKey") is null;
}
