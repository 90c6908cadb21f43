using System.Globalization;
using System.Text.Json.Serialization;

namespace TalentHukou.Bench;

/// <summary>The command line: <c>--name value</c> pairs, each with a default.</summary>
public sealed record BenchOptions
{
    /// <summary>The Azurite connection string (left out of the JSON results; <c>required</c> would clash with that).</summary>
    [JsonIgnore]
    public string Storage { get; init; } = "";
    public int SmtpPort { get; init; } = 1025;
    public int Concurrency { get; init; } = 32;
    public int Submissions { get; init; } = 1000;
    public int Sagas { get; init; } = 40;
    public int Reads { get; init; } = 5000;
    public int ReadConcurrency { get; init; } = 64;
    public double Acceleration { get; init; } = 100_000;
    public string Output { get; init; } = "bench-results.json";
    public string Only { get; init; } = "b1,b2,b3";

    /// <summary>The durable backend of B1's and B3's host (B2 always runs on both).</summary>
    public string Backend { get; init; } = "AzureStorage";

    public const string Usage = """
        usage: TalentHukou.Bench --storage <Azurite connection string> [--smtp-port 1025] [--concurrency 32] [--submissions 1000]
                                 [--sagas 40] [--reads 5000] [--read-concurrency 64] [--acceleration 100000]
                                 [--output bench-results.json] [--only b1,b2,b3] [--backend AzureStorage|InMemory]
        """;

    public bool Runs(string part) => Only.Split(',').Contains(part, StringComparer.OrdinalIgnoreCase);

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) throw new ArgumentException($"Expected --name value at '{args[i]}'.\n{Usage}");
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var defaults = new BenchOptions();
        var options = new BenchOptions
        {
            Storage = values.GetValueOrDefault("storage") ?? throw new ArgumentException($"--storage is required.\n{Usage}"),
            SmtpPort = Int("smtp-port", defaults.SmtpPort),
            Concurrency = Int("concurrency", defaults.Concurrency),
            Submissions = Int("submissions", defaults.Submissions),
            Sagas = Int("sagas", defaults.Sagas),
            Reads = Int("reads", defaults.Reads),
            ReadConcurrency = Int("read-concurrency", defaults.ReadConcurrency),
            Acceleration = values.TryGetValue("acceleration", out var a) ? double.Parse(a, CultureInfo.InvariantCulture) : defaults.Acceleration,
            Output = values.GetValueOrDefault("output") ?? defaults.Output,
            Only = values.GetValueOrDefault("only") ?? defaults.Only,
            Backend = values.GetValueOrDefault("backend") ?? defaults.Backend,
        };
        var unknown = values.Keys.Except(["storage", "smtp-port", "concurrency", "submissions", "sagas", "reads", "read-concurrency", "acceleration", "output", "only", "backend"]).ToList();
        return unknown.Count == 0 ? options : throw new ArgumentException($"Unknown option --{unknown[0]}.\n{Usage}");
    }
}
