using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;

namespace TalentHukou.Bench;

/// <summary>
/// B4: storage requests per application. On an Azurite of its own started with <c>--debug</c>, N smart-path
/// applications are submitted together, e-signed once all await their card, and followed to <c>psb-synced</c> with
/// every notice sent. Every request Azurite authenticated from the first submission until everything settled is
/// counted (its debug log), per application and by resource; then the idle host is watched for
/// <see cref="BenchOptions.IdleSeconds"/>. The bench follows progress through the host's log lines, and its few checks
/// of storage (the outbox, the task hub's instances) carry their own user agent and are left out of the counts.
/// </summary>
public static class StorageWorkBenchmark
{
    private static readonly TimeSpan StartupQuiet = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StageTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] FinalInstanceStatuses = ["Completed", "Failed", "Terminated", "Canceled"];

    public static async Task<StorageWorkFigures> RunAsync(BenchOptions options, string runId)
    {
        var (prefix, hub) = ($"b4s{runId}", $"b4h{runId}");
        var count = options.Applications;
        var watch = new ProcessWatch();
        await using var host = await BenchHost.StartAsync(
            options with { Storage = options.B4Storage! }, prefix, hub, "AzureStorage", watch);
        var applicants = await Applicants.FromRegistryAsync(
            host, await host.ApplicantTokenAsync($"bench-b4{runId}-registry"), $"b4{runId}");
        var tokens = await SubmitBenchmark.TokensAsync(host, applicants, count);
        var probe = new StorageProbe(options.B4Storage!, prefix, hub, options.MaildevUrl);
        await Task.Delay(StartupQuiet); // the host's start-up work (tables, seed, sweeps) is not the applications'
        var runningBefore = (await probe.InstancesAsync())
            .Where(i => !FinalInstanceStatuses.Contains(i.Value))
            .Select(i => i.Key)
            .ToHashSet();
        var mailBefore = await probe.MailCountAsync();

        var start = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(
            Enumerable.Range(0, count).Select(i => host.SubmitAsync(applicants, i, tokens[i])));
        await WaitForStepAsync(watch, ids, "awaiting-signature-1");
        await Task.WhenAll(ids.Select((id, i) => host.SignAsync(id, tokens[i])));
        await WaitForStepAsync(watch, ids, "psb-synced");
        var toPsbSynced = clock.Elapsed;

        // Settled: every notice sent (outbox rows all final, and as many new mails in maildev), every orchestration
        // started since the first submission ended.
        Outbox outbox;
        int? delivered;
        bool settled;
        while (true)
        {
            outbox = await probe.OutboxAsync();
            var instances = await probe.InstancesAsync();
            delivered = await probe.MailCountAsync() - mailBefore;
            var unsettled = instances.Count(i =>
                !FinalInstanceStatuses.Contains(i.Value) && !runningBefore.Contains(i.Key));
            settled = outbox.Waiting == 0 && unsettled == 0 && (delivered is null || delivered >= outbox.Sent);
            if (settled || clock.Elapsed - toPsbSynced > SettleTimeout)
            {
                if (!settled)
                    Console.Error.WriteLine(
                        $"B4: not settled {SettleTimeout} after psb-synced ({outbox.Waiting} emails waiting, "
                        + $"{unsettled} orchestrations running, {delivered} mails delivered); counting anyway");
                break;
            }
            await Task.Delay(1000);
        }
        var end = DateTime.UtcNow;
        var window = clock.Elapsed;
        Console.Error.WriteLine(
            $"B4: settled after {window.TotalSeconds:F1} s; watching the idle host for {options.IdleSeconds} s");
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var idleEnd = DateTime.UtcNow;
        await Task.Delay(1500); // Azurite writes its log asynchronously

        var requests = AzuriteRequestLog.Read(options.B4DebugLog!);
        var counted = requests.Where(r => !r.Probe).ToList();
        var inWindow = counted.Where(r => r.At >= start && r.At < end).ToList();
        var idle = counted.Where(r => r.At >= end && r.At < idleEnd).ToList();
        var idleSeconds = (idleEnd - end).TotalSeconds;
        var idleRate = idle.Count / idleSeconds;
        string Role(StorageRequest r) => AzuriteRequestLog.Normalise(r.Resource, hub, prefix);
        return new StorageWorkFigures(
            Applications: count,
            Settled: settled,
            WindowSeconds: window.TotalSeconds,
            SecondsToAllPsbSynced: toPsbSynced.TotalSeconds,
            Requests: inWindow.Count,
            RequestsPerApplication: (double)inWindow.Count / count,
            RequestsPerApplicationAboveIdle: (inWindow.Count - idleRate * window.TotalSeconds) / count,
            ByKind: PerApplication(inWindow, r => r.Kind, count),
            ByResource: PerApplication(inWindow, Role, count),
            IdleSeconds: idleSeconds,
            IdleRequestsPerSecond: idleRate,
            IdleByResource: PerApplication(idle, Role, idleSeconds),
            IdleInstanceWork: InstanceWork(idle, Role),
            EmailsSent: outbox.Sent,
            EmailsFailed: outbox.Failed,
            EmailsDelivered: delivered,
            ProbeRequestsExcluded: requests.Count(r => r.Probe && r.At >= start && r.At < idleEnd));
    }

    /// <summary>
    /// The requests to the task hub's History and Instances tables that name an orchestration instance, by the kind of
    /// instance (its id up to the first '-': <c>application</c>, <c>email</c>, …): which instances still wake up.
    /// </summary>
    public static IReadOnlyDictionary<string, InstanceWork> InstanceWork(
        IEnumerable<StorageRequest> requests, Func<StorageRequest, string> role) =>
        requests.Where(r => r.Partition is { Length: > 0 } && role(r) is "<hub>History" or "<hub>Instances")
            .GroupBy(r => r.Partition!.Split('-')[0])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new InstanceWork(g.Select(r => r.Partition).Distinct().Count(), g.Count()));

    /// <summary>Counts by key, divided by <paramref name="per"/>, largest first.</summary>
    public static IReadOnlyDictionary<string, double> PerApplication(
        IEnumerable<StorageRequest> requests, Func<StorageRequest, string> key, double per) =>
        requests.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Count() / per, 2));

    private static async Task WaitForStepAsync(ProcessWatch watch, string[] ids, string step)
    {
        var clock = Stopwatch.StartNew();
        while (watch.CountReached(ids, step) is var reached && reached < ids.Length)
        {
            if (clock.Elapsed > StageTimeout)
                throw new TimeoutException(
                    $"B4: {ids.Length - reached} of {ids.Length} applications did not record '{step}' within "
                    + $"{StageTimeout}.");
            await Task.Delay(100);
        }
    }

    /// <summary>The outbox rows by status: sent, failed, and waiting (queued or sending).</summary>
    private sealed record Outbox(int Sent, int Failed, int Waiting);

    /// <summary>
    /// The bench's own reads of storage and maildev; its storage clients name themselves
    /// <see cref="AzuriteRequestLog.ProbeAgent"/>.
    /// </summary>
    private sealed class StorageProbe(string connectionString, string namePrefix, string hubName, string? maildevUrl)
    {
        private readonly TableServiceClient _tables = new(
            connectionString,
            new TableClientOptions { Diagnostics = { ApplicationId = AzuriteRequestLog.ProbeAgent } });
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

        public async Task<Outbox> OutboxAsync()
        {
            int sent = 0, failed = 0, waiting = 0;
            await foreach (var row in _tables.GetTableClient(namePrefix + "EmailOutbox")
                               .QueryAsync<TableEntity>("PartitionKey eq 'outbox'", select: ["Status"]))
            {
                switch (row.GetString("Status"))
                {
                    case "sent": sent++; break;
                    case "failed": failed++; break;
                    default: waiting++; break;
                }
            }
            return new Outbox(sent, failed, waiting);
        }

        /// <summary>Every orchestration instance of the task hub with its runtime status.</summary>
        public async Task<Dictionary<string, string>> InstancesAsync()
        {
            var instances = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var row in _tables.GetTableClient(hubName + "Instances")
                               .QueryAsync<TableEntity>(select: ["PartitionKey", "RuntimeStatus"]))
                instances[row.PartitionKey] = row.GetString("RuntimeStatus") ?? "";
            return instances;
        }

        /// <summary>How many mails maildev holds, or null without its address.</summary>
        public async Task<int?> MailCountAsync()
        {
            if (maildevUrl is null) return null;
            using var json = JsonDocument.Parse(await _http.GetStringAsync($"{maildevUrl.TrimEnd('/')}/api/email"));
            return json.RootElement.GetArrayLength();
        }
    }
}

/// <summary>
/// B4's figures. Requests are those Azurite authenticated from the first submission until everything settled (the
/// window), per application; <see cref="ByResource"/> names resources by role (<c>&lt;hub&gt;History</c>,
/// <c>Applications</c>, …). <see cref="RequestsPerApplicationAboveIdle"/> takes the idle rate times the window off.
/// <see cref="IdleInstanceWork"/> shows which orchestration instances still woke up while the host was idle (timers
/// that an instance no longer waits for still fire: a wait for an event with a deadline leaves its timer behind).
/// </summary>
public sealed record StorageWorkFigures(
    int Applications, bool Settled, double WindowSeconds, double SecondsToAllPsbSynced, int Requests,
    double RequestsPerApplication, double RequestsPerApplicationAboveIdle,
    IReadOnlyDictionary<string, double> ByKind, IReadOnlyDictionary<string, double> ByResource,
    double IdleSeconds, double IdleRequestsPerSecond, IReadOnlyDictionary<string, double> IdleByResource,
    IReadOnlyDictionary<string, InstanceWork> IdleInstanceWork,
    int EmailsSent, int EmailsFailed, int? EmailsDelivered, int ProbeRequestsExcluded);

/// <summary>
/// How many orchestration instances of one kind were touched, with how many History and Instances requests.
/// </summary>
public sealed record InstanceWork(int Instances, int Requests);
