using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TalentHukou.Bench;

/// <summary>
/// Everything one bench run measured, printed as an aligned table and written as JSON for comparing runs. The JSON
/// keeps its first, flat keys (<c>submit</c>, <c>smartPathAzurite</c>, <c>statusReads</c>, …) and carries the same
/// figures grouped by part as well: <c>b1</c>, <c>b2</c>, <c>b3</c>, <c>b4</c> (null when the part did not run).
/// </summary>
public sealed record Report(MachineInfo Machine, DateTimeOffset StartedAt, BenchOptions Options)
{
    public LoadFigures? RawInsertBaseline { get; set; }
    public LoadFigures? Submit { get; set; }
    public double? SubmitToBaselineRatio { get; set; }
    public SmartPathFigures? SmartPathAzurite { get; set; }
    public SmartPathFigures? SmartPathInMemory { get; set; }
    public double? SagasPerSecondAzuriteToInMemory { get; set; }
    public double? SignatureToCardP99AzuriteToInMemory { get; set; }
    public LoadFigures? StatusReads { get; set; }

    /// <summary>B3's floor: raw point reads of one 1.5 KB entity, same count and concurrency, same run.</summary>
    public LoadFigures? RawPointReadBaseline { get; set; }
    public double? StatusReadsToPointReadRatio { get; set; }

    /// <summary>B4: storage requests per application.</summary>
    public StorageWorkFigures? B4 { get; set; }

    public SubmitPart? B1 => RawInsertBaseline is null && Submit is null
        ? null
        : new(RawInsertBaseline, Submit, SubmitToBaselineRatio);

    public SmartPathPart? B2 => SmartPathAzurite is null && SmartPathInMemory is null
        ? null
        : new(
            SmartPathAzurite,
            SmartPathInMemory,
            SagasPerSecondAzuriteToInMemory,
            SignatureToCardP99AzuriteToInMemory);

    public StatusReadPart? B3 => StatusReads is null
        ? null
        : new(StatusReads, RawPointReadBaseline, StatusReadsToPointReadRatio);

    /// <summary>How long each part took, seconds (wall clock, host start-up included).</summary>
    public Dictionary<string, double> PartSeconds { get; } = [];
    public double PeakWorkingSetMiB { get; set; }
    /// <summary>Issue #26's goals for the parts that ran.</summary>
    public IReadOnlyList<TargetCheck> Targets => Goals.Check(this);

    // Relaxed escaping: B4's resource names read <hub>History, not \u003Chub\u003EHistory.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(TextWriter output)
    {
        var rows = new List<(string, string)>();
        void Load(string name, LoadFigures? f)
        {
            if (f is null) return;
            rows.Add(($"{name}: requests/s", F(f.PerSecond, 1)));
            rows.Add(($"{name}: p50 / p95 / p99 ms", $"{F(f.P50Ms, 1)} / {F(f.P95Ms, 1)} / {F(f.P99Ms, 1)}"));
            rows.Add(($"{name}: count (failed), seconds", $"{f.Count} ({f.Failures}), {F(f.Seconds, 1)}"));
        }
        void Saga(string name, SmartPathFigures? f)
        {
            if (f is null) return;
            rows.Add(($"{name}: sagas/s (e-signature → card)", F(f.SagasPerSecond, 2)));
            rows.Add((
                $"{name}: e-signature → card p50 / p99 ms",
                $"{F(f.SignatureToCardP50Ms, 0)} / {F(f.SignatureToCardP99Ms, 0)}"));
            rows.Add(($"{name}: sagas, submit → all awaiting card s", $"{f.Sagas}, {F(f.SecondsToAwaitingCard, 1)}"));
        }
        Load("B1 raw insert baseline", RawInsertBaseline);
        Load("B1 submit", Submit);
        if (SubmitToBaselineRatio is { } r1) rows.Add(("B1 submit / baseline (requests/s)", F(r1, 3)));
        Saga("B2 Azurite", SmartPathAzurite);
        Saga("B2 in-memory", SmartPathInMemory);
        if (SagasPerSecondAzuriteToInMemory is { } r2) rows.Add(("B2 Azurite / in-memory (sagas/s)", F(r2, 3)));
        if (SignatureToCardP99AzuriteToInMemory is { } r3) rows.Add(("B2 Azurite / in-memory (p99)", F(r3, 2)));
        Load("B3 raw point read baseline", RawPointReadBaseline);
        Load("B3 status reads", StatusReads);
        if (StatusReadsToPointReadRatio is { } r4) rows.Add(("B3 status reads / baseline (requests/s)", F(r4, 3)));
        if (B4 is { } b4)
        {
            rows.Add((
                "B4 storage requests / application",
                $"{F(b4.RequestsPerApplication, 1)} ({F(b4.RequestsPerApplicationAboveIdle, 1)} above idle)"));
            rows.Add((
                "B4 by kind / application",
                string.Join(", ", b4.ByKind.Select(k => $"{k.Key} {F(k.Value, 1)}"))));
            foreach (var (resource, perApplication) in b4.ByResource.Take(10))
                rows.Add((
                    $"B4   {resource}",
                    $"{F(perApplication, 1)}  ({F(100 * perApplication / b4.RequestsPerApplication, 1)} %)"));
            if (b4.ByResource.Count > 10)
                rows.Add((
                    $"B4   {b4.ByResource.Count - 10} more resources",
                    F(b4.ByResource.Skip(10).Sum(r => r.Value), 1)));
            rows.Add((
                "B4 applications, window s (to psb-synced s)",
                $"{b4.Applications}, {F(b4.WindowSeconds, 1)} ({F(b4.SecondsToAllPsbSynced, 1)})"
                + $"{(b4.Settled ? "" : ", NOT SETTLED")}"));
            rows.Add((
                "B4 emails sent (failed), delivered",
                $"{b4.EmailsSent} ({b4.EmailsFailed}), "
                + $"{b4.EmailsDelivered?.ToString(CultureInfo.InvariantCulture) ?? "not checked"}"));
            rows.Add(($"B4 idle requests/s over {F(b4.IdleSeconds, 0)} s", F(b4.IdleRequestsPerSecond, 2)));
            rows.Add((
                "B4 idle top 3 (requests/s)",
                string.Join(", ", b4.IdleByResource.Take(3).Select(r => $"{r.Key} {F(r.Value, 2)}"))));
            if (b4.IdleInstanceWork.Count > 0)
                rows.Add((
                    "B4 idle: instances woken (history/instance requests)",
                    string.Join(
                        ", ", b4.IdleInstanceWork.Select(w => $"{w.Key} {w.Value.Instances} ({w.Value.Requests})"))));
        }
        rows.Add(("peak working set MiB", F(PeakWorkingSetMiB, 0)));
        if (PartSeconds.Count > 0)
            rows.Add(("seconds per part", string.Join(", ", PartSeconds.Select(p => $"{p.Key} {F(p.Value, 0)}"))));
        rows.AddRange(Targets.Select(t => ($"target {t.Name}", $"{(t.Met ? "met" : "MISSED")} ({t.Measured})")));

        var width = rows.Max(r => r.Item1.Length) + 2;
        output.WriteLine(
            $"TalentHukou bench, {StartedAt:yyyy-MM-dd HH:mm} UTC, {Machine.ProcessorCount} cores, "
            + $"{Machine.MemoryGiB:F0} GiB, .NET {Machine.Runtime}");
        foreach (var (name, value) in rows) output.WriteLine($"  {name.PadRight(width)}{value}");
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}

/// <summary>B1's figures under <c>b1</c>.</summary>
public sealed record SubmitPart(LoadFigures? RawInsertBaseline, LoadFigures? Submit, double? SubmitToBaselineRatio);

/// <summary>B2's figures under <c>b2</c>.</summary>
public sealed record SmartPathPart(
    SmartPathFigures? Azurite,
    SmartPathFigures? InMemory,
    double? SagasPerSecondAzuriteToInMemory,
    double? SignatureToCardP99AzuriteToInMemory);

/// <summary>B3's figures under <c>b3</c>.</summary>
public sealed record StatusReadPart(
    LoadFigures StatusReads, LoadFigures? RawPointReadBaseline, double? StatusReadsToPointReadRatio);

/// <summary>A load run as reported.</summary>
/// <param name="CpuMsPerOperation">The bench process's CPU time per operation (client, host, background work).</param>
public sealed record LoadFigures(
    int Count, int Failures, double Seconds, double PerSecond, double P50Ms, double P95Ms, double P99Ms,
    double? CpuMsPerOperation = null)
{
    public static LoadFigures From(LoadResult r) =>
        new(r.Count, r.Failures, r.Elapsed.TotalSeconds, r.PerSecond, r.Latencies.P50, r.Latencies.P95, r.Latencies.P99,
            r.Cpu.TotalMilliseconds / r.Count);
}

/// <summary>One of the issue's targets and whether this run met it.</summary>
public sealed record TargetCheck(string Name, bool Met, string Measured);

/// <summary>The machine the figures came from.</summary>
public sealed record MachineInfo(int ProcessorCount, double MemoryGiB, string Runtime, string Os)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        Environment.Version.ToString(),
        RuntimeInformation.OSDescription);
}
