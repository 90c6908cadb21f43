using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
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
/// Twenty smart-path applications driven through the HTTP API while the local host, a process of its own, is killed
/// (SIGKILL) at random points and started again on the same task hub and tables: every application ends with exactly
/// one card number, one PDF, one public-security record and one 出卡通知 email.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    public const int Applications = 20;
    public const int Kills = 4;

    [Fact]
    public async Task SmartPathSagas_HostKilledAtRandomPoints_EachCardIssuedStoredRegisteredAndMailedOnce()
    {
        var seed = ReliabilitySeed.Next(output, "crash recovery");
        var random = new Random(seed);
        await using var smtp = SmtpCatcher.Started();
        var settings = FastSmartPath.Settings(smtp);
        settings["DurableTask:MessageVisibilityTimeout"] = "00:00:20"; // what a killed host had dequeued comes back after 20 s
        await using var host = await LocalHostProcess.StartAsync(settings: settings);
        var drivers = new List<(SmartPathDriver Driver, object Body)>();
        for (var i = 0; i < Applications; i++)
        {
            var applicant = await host.ClientForAsync($"crash-applicant-{i}", ["applicant"]);
            drivers.Add((new SmartPathDriver(applicant, "李小龙"), await ApplicationFlows.BodyAsync(applicant, "E-DEMO-TECH", "smart")));
        }

        var watch = Stopwatch.StartNew();
        var all = Task.WhenAll(drivers.Select(d => d.Driver.RunAsync(d.Body)));
        // Kill k comes once the applications are, on average, about k/(Kills+1) of the way (random within that band),
        // so that kills hit submissions, publicity, card sagas and the public-security sync alike.
        for (var kill = 1; kill <= Kills && !all.IsCompleted; kill++)
        {
            var target = (kill - 0.5 + random.NextDouble()) / (Kills + 1) * 5 * Applications;
            while (!all.IsCompleted && drivers.Sum(d => d.Driver.Progress) < target) await Task.WhenAny(all, Task.Delay(100));
            if (all.IsCompleted) break;
            host.Kill();
            output.WriteLine($"kill {kill} at {watch.Elapsed.TotalSeconds:F1} s; stages: {Stages(drivers.Select(d => d.Driver))}");
            await Task.Delay(random.Next(0, 1000));
            await host.StartAsync();
        }
        JsonElement[] views;
        try
        {
            views = await host.ShowingOutputOnFailure(all, output.WriteLine);
        }
        catch
        {
            await StuckApplications.DescribeAsync(host, drivers.Select(d => d.Driver), output.WriteLine, seed);
            throw;
        }
        output.WriteLine($"{Applications} applications at psb-synced after {watch.Elapsed.TotalSeconds:F1} s and {host.Starts - 1} kills");
        Assert.True(host.Starts - 1 == Kills, $"only {host.Starts - 1} kills happened before the sagas finished (seed {seed})");

        var storage = new HostStorage(host.Names, TestEnvironment.StorageConnectionString);
        var numbers = views.Select(v => v.GetProperty("card").Str("number")).ToList();
        Assert.Equal(Applications, numbers.Distinct().Count());
        await AssertOneOfEachAsync(storage, drivers.Select(d => d.Driver.ApplicationId!).Zip(numbers).ToList(), smtp, seed);
    }

    private async Task AssertOneOfEachAsync(HostStorage storage, List<(string Id, string Number)> cards, SmtpCatcher smtp, int seed)
    {
        var redelivered = 0;
        Assert.Equal(Applications, (await storage.RowsAsync(StorageNames.CardsTable)).Count);
        Assert.Equal(Applications, (await storage.RowsAsync(StorageNames.CardNumbersTable)).Count);
        Assert.Equal(Applications, (await storage.RowsAsync(StorageNames.CardReservationsTable)).Count);
        Assert.Equal(Applications, (await storage.BlobNamesAsync(StorageNames.CardsContainer)).Count);
        Assert.Equal(Applications, (await storage.RowsAsync(StorageNames.PublicSecurityCardsTable)).Count);
        var outbox = new EmailOutboxStore(storage.Clients);
        foreach (var (id, number) in cards)
        {
            Assert.Equal([id], (await storage.RowsAsync(StorageNames.CardsTable, TableClient.CreateQueryFilter($"PartitionKey eq {number}"))).Select(r => r.GetString("ApplicationId")));
            Assert.Equal([$"{id}/{number}.pdf"], await storage.BlobNamesAsync(StorageNames.CardsContainer, id + "/"));
            Assert.Single(await storage.RowsAsync(StorageNames.PublicSecurityCardsTable, TableClient.CreateQueryFilter($"PartitionKey eq {number}")));

            // One 出卡通知 email: its row is sent (the dispatcher may still be finishing after the saga), and the inbox holds
            // that row's Message-Id and no other. SMTP cannot promise one delivery: a kill between the server's acceptance
            // and the row's update sends it again under the same Message-Id (README, "Email"), which mail clients show once.
            var key = OutboxEntry.RowKeyFor($"application/{id}/card-{number}/issued");
            var row = await WaitForSentAsync(outbox, key);
            var delivered = smtp.Messages.Where(m => (m.Subject ?? "") is var subject && subject.Contains("出卡通知", StringComparison.Ordinal) && subject.Contains(id, StringComparison.Ordinal)).ToList();
            Assert.True(delivered.Select(m => m.MessageId).Distinct().SequenceEqual([row.ProviderMessageId]),
                $"{id}: 出卡通知 Message-Ids {string.Join(", ", delivered.Select(m => m.MessageId))}, expected {row.ProviderMessageId} only (seed {seed})");
            redelivered += delivered.Count - 1;
        }
        output.WriteLine($"出卡通知 delivered again under the same Message-Id after a kill: {redelivered}");
        var issuedRows = (await storage.RowsAsync(StorageNames.EmailOutboxTable)).Count(r => r.GetString("Kind") == "CardIssued");
        Assert.Equal(Applications, issuedRows);
    }

    private static async Task<OutboxEntry> WaitForSentAsync(EmailOutboxStore outbox, string rowKey)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var row = (await outbox.GetAsync(rowKey, CancellationToken.None))?.Entry;
            if (row?.Status == OutboxStatus.Sent) return row;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Outbox row {rowKey} not sent: {row}");
            await Task.Delay(250);
        }
    }

    private static string Stages(IEnumerable<SmartPathDriver> drivers) =>
        string.Join(", ", drivers.GroupBy(d => d.LastStage).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
}
