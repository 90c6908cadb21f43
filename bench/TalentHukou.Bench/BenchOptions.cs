using System.Globalization;
using System.Text.Json.Serialization;

namespace TalentHukou.Bench;

/// <summary>The command line: <c>--name value</c> pairs, each with a default.</summary>
public sealed record BenchOptions
{
    /// <summary>
    /// The Azurite connection string (left out of the JSON results; <c>required</c> would clash with that).
    /// </summary>
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
    public string Only { get; init; } = "b1,b2,b3,b4";

    /// <summary>B4: how many smart-path applications are submitted together.</summary>
    public int Applications { get; init; } = 20;

    /// <summary>B4: how long the idle host is watched after everything settled.</summary>
    public int IdleSeconds { get; init; } = 30;

    /// <summary>
    /// B4's own Azurite, started with <c>--debug</c> (left out of the JSON results like <see cref="Storage"/>).
    /// </summary>
    [JsonIgnore]
    public string? B4Storage { get; init; }

    /// <summary>
    /// The debug log of B4's Azurite (<c>azurite --debug FILE</c>), from which B4 counts the requests.
    /// </summary>
    [JsonIgnore]
    public string? B4DebugLog { get; init; }

    /// <summary>
    /// maildev's web address (its REST API <c>GET /api/email</c>), so B4 can see the notices arrive; optional.
    /// </summary>
    [JsonIgnore]
    public string? MaildevUrl { get; init; }

    /// <summary>The durable backend of B1's and B3's host (B2 always runs on both).</summary>
    public string Backend { get; init; } = "AzureStorage";

    public const string Usage =
        "usage: TalentHukou.Bench --storage <Azurite connection string> [--smtp-port 1025] [--concurrency 32] "
        + "[--submissions 1000]\n"
        + "                         [--sagas 40] [--reads 5000] [--read-concurrency 64] [--acceleration 100000]\n"
        + "                         [--output bench-results.json] [--only b1,b2,b3,b4] [--backend "
        + "AzureStorage|InMemory]\n"
        + "                         [--applications 20] [--idle-seconds 30] [--b4-storage <connection string of an "
        + "Azurite\n"
        + "                         started with --debug>] [--b4-debug-log <that debug log>] [--maildev-url "
        + "http://127.0.0.1:1080]";

    /// <summary>The parts <c>--only</c> can pick.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["b1", "b2", "b3", "b4"];

    public bool Runs(string part) =>
        Only.Split(',', StringSplitOptions.TrimEntries).Contains(part, StringComparer.OrdinalIgnoreCase);

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected --name value at '{args[i]}'.\n{Usage}");
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) =>
            values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var defaults = new BenchOptions();
        var options = new BenchOptions
        {
            Storage = values.GetValueOrDefault("storage")
                ?? throw new ArgumentException($"--storage is required.\n{Usage}"),
            SmtpPort = Int("smtp-port", defaults.SmtpPort),
            Concurrency = Int("concurrency", defaults.Concurrency),
            Submissions = Int("submissions", defaults.Submissions),
            Sagas = Int("sagas", defaults.Sagas),
            Reads = Int("reads", defaults.Reads),
            ReadConcurrency = Int("read-concurrency", defaults.ReadConcurrency),
            Acceleration = values.TryGetValue("acceleration", out var a)
                ? double.Parse(a, CultureInfo.InvariantCulture)
                : defaults.Acceleration,
            Output = values.GetValueOrDefault("output") ?? defaults.Output,
            Only = values.GetValueOrDefault("only") ?? defaults.Only,
            Backend = values.GetValueOrDefault("backend") ?? defaults.Backend,
            Applications = Int("applications", defaults.Applications),
            IdleSeconds = Int("idle-seconds", defaults.IdleSeconds),
            B4Storage = values.GetValueOrDefault("b4-storage"),
            B4DebugLog = values.GetValueOrDefault("b4-debug-log"),
            MaildevUrl = values.GetValueOrDefault("maildev-url"),
        };
        var unknown = values.Keys.Except(
        [
            "storage", "smtp-port", "concurrency", "submissions", "sagas", "reads", "read-concurrency", "acceleration",
            "output", "only", "backend", "applications", "idle-seconds", "b4-storage", "b4-debug-log", "maildev-url",
        ]).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option --{unknown[0]}.\n{Usage}");
        var parts = options.Only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => !Parts.Contains(p, StringComparer.OrdinalIgnoreCase)))
            throw new ArgumentException(
                $"--only takes a comma-separated list of {string.Join(", ", Parts)}; got '{options.Only}'.\n{Usage}");
        if (options.Runs("b4") && (options.B4Storage is null || options.B4DebugLog is null))
            throw new ArgumentException(
                "B4 counts the requests in the debug log of an Azurite of its own: give --b4-storage and "
                + $"--b4-debug-log (./bench.sh does), or leave b4 out of --only.\n{Usage}");
        return options;
    }
}
