using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace TalentHukou.Bench;

/// <summary>Everything one bench run measured, printed as an aligned table and written as JSON for comparing runs.</summary>
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
    public double PeakWorkingSetMiB { get; set; }
    public List<TargetCheck> Targets { get; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

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
            rows.Add(($"{name}: e-signature → card p50 / p99 ms", $"{F(f.SignatureToCardP50Ms, 0)} / {F(f.SignatureToCardP99Ms, 0)}"));
            rows.Add(($"{name}: sagas, submit → all awaiting card s", $"{f.Sagas}, {F(f.SecondsToAwaitingCard, 1)}"));
        }
        Load("B1 raw insert baseline", RawInsertBaseline);
        Load("B1 submit", Submit);
        if (SubmitToBaselineRatio is { } r1) rows.Add(("B1 submit / baseline (requests/s)", F(r1, 3)));
        Saga("B2 Azurite", SmartPathAzurite);
        Saga("B2 in-memory", SmartPathInMemory);
        if (SagasPerSecondAzuriteToInMemory is { } r2) rows.Add(("B2 Azurite / in-memory (sagas/s)", F(r2, 3)));
        if (SignatureToCardP99AzuriteToInMemory is { } r3) rows.Add(("B2 Azurite / in-memory (p99)", F(r3, 2)));
        Load("B3 status reads", StatusReads);
        rows.Add(("peak working set MiB", F(PeakWorkingSetMiB, 0)));
        rows.AddRange(Targets.Select(t => ($"target {t.Name}", $"{(t.Met ? "met" : "MISSED")} ({t.Measured})")));

        var width = rows.Max(r => r.Item1.Length) + 2;
        output.WriteLine($"TalentHukou bench, {StartedAt:yyyy-MM-dd HH:mm} UTC, {Machine.ProcessorCount} cores, {Machine.MemoryGiB:F0} GiB, .NET {Machine.Runtime}");
        foreach (var (name, value) in rows) output.WriteLine($"  {name.PadRight(width)}{value}");
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}

/// <summary>A load run as reported.</summary>
public sealed record LoadFigures(int Count, int Failures, double Seconds, double PerSecond, double P50Ms, double P95Ms, double P99Ms)
{
    public static LoadFigures From(LoadResult r) =>
        new(r.Count, r.Failures, r.Elapsed.TotalSeconds, r.PerSecond, r.Latencies.P50, r.Latencies.P95, r.Latencies.P99);
}

/// <summary>One of the issue's targets and whether this run met it.</summary>
public sealed record TargetCheck(string Name, bool Met, string Measured);

/// <summary>The machine the figures came from.</summary>
public sealed record MachineInfo(int ProcessorCount, double MemoryGiB, string Runtime, string Os)
{
    public static MachineInfo Current() => new(Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), Environment.Version.ToString(), RuntimeInformation.OSDescription);
}
