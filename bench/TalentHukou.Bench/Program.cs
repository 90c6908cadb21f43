using System.Diagnostics;
using System.Globalization;
using TalentHukou.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(100, 999);
var report = new Report(MachineInfo.Current(), DateTimeOffset.UtcNow, options);
var b1 = $"b1{runId}";

// B2 first, on a fresh Azurite: Azurite slows as it fills (it saves its table database to disk whole, and a table
// query scans the table).
var part = Stopwatch.StartNew();
if (options.Runs("b2"))
{
    Console.Error.WriteLine(
        $"B2: {options.Sagas} smart-path applications to card, on Azurite, then on the in-memory durable backend");
    var azurite = report.SmartPathAzurite = await SmartPathBenchmark.RunAsync(options, "AzureStorage", runId);
    var inMemory = report.SmartPathInMemory = await SmartPathBenchmark.RunAsync(options, "InMemory", runId);
    report.SagasPerSecondAzuriteToInMemory = azurite.SagasPerSecond / inMemory.SagasPerSecond;
    report.SignatureToCardP99AzuriteToInMemory = azurite.SignatureToCardP99Ms / inMemory.SignatureToCardP99Ms;
    report.PartSeconds["b2"] = part.Elapsed.TotalSeconds;
}

if (options.Runs("b1") || options.Runs("b3"))
{
    IReadOnlyList<(string, System.Net.Http.Headers.AuthenticationHeaderValue)> accepted;
    part.Restart();
    await using (var host = await BenchHost.StartAsync(options, b1, b1, options.Backend))
    {
        var applicants = await Applicants.FromRegistryAsync(
            host, await host.ApplicantTokenAsync($"bench-{runId}-registry"), runId);
        Console.Error.WriteLine(
            $"B1: {options.Submissions} raw inserts, then {options.Submissions} submissions, "
            + $"{options.Concurrency} concurrent");
        var baseline = await SubmitBenchmark.RawInsertsAsync(options, runId);
        var (submit, ok) = await SubmitBenchmark.SubmitAsync(host, applicants, options);
        accepted = ok;
        if (options.Runs("b1"))
        {
            report.RawInsertBaseline = LoadFigures.From(baseline);
            report.Submit = LoadFigures.From(submit);
            report.SubmitToBaselineRatio = submit.PerSecond / baseline.PerSecond;
        }
    }
    report.PartSeconds["b1"] = part.Elapsed.TotalSeconds;
    if (options.Runs("b3"))
    {
        // A fresh task hub on the same tables: the applications are there, their orchestrations are not running.
        part.Restart();
        await using var host = await BenchHost.StartAsync(options, b1, $"b3{runId}", options.Backend);
        Console.Error.WriteLine(
            $"B3: {options.Reads} status reads of {accepted.Count} applications, {options.ReadConcurrency} concurrent");
        // Warm-up for at least 5 s, not only 500 reads (under a second): a fresh host's start-up work (a new task hub,
        // the periodic jobs' first scans) stalls Azurite for its first seconds, raw point reads included
        // (docs/benchmarks.md), which is not what an applicant's read meets in service.
        var warmUp = Stopwatch.StartNew();
        do await StatusReadBenchmark.RunAsync(host, accepted, options with { Reads = Math.Min(options.Reads, 500) });
        while (warmUp.Elapsed < TimeSpan.FromSeconds(5));
        var floor = await StatusReadBenchmark.RawPointReadsAsync(options, runId);
        var reads = await StatusReadBenchmark.RunAsync(host, accepted, options);
        report.RawPointReadBaseline = LoadFigures.From(floor);
        report.StatusReads = LoadFigures.From(reads);
        report.StatusReadsToPointReadRatio = reads.PerSecond / floor.PerSecond;
        report.PartSeconds["b3"] = part.Elapsed.TotalSeconds;
    }
}

// B4 last, on an Azurite of its own with its debug log on (which slows it down): it counts requests, it times nothing.
if (options.Runs("b4"))
{
    part.Restart();
    Console.Error.WriteLine(
        $"B4: storage requests of {options.Applications} smart-path applications, submission to psb-synced, then "
        + $"{options.IdleSeconds} s idle");
    report.B4 = await StorageWorkBenchmark.RunAsync(options, runId);
    report.PartSeconds["b4"] = part.Elapsed.TotalSeconds;
}

report.PeakWorkingSetMiB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
report.Write(Console.Out);
report.Save(options.Output);
Console.Error.WriteLine($"JSON written to {Path.GetFullPath(options.Output)}");
return 0;
