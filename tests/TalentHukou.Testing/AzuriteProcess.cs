using System.Diagnostics;
using System.Net.Sockets;

namespace TalentHukou.Testing;

/// <summary>
/// An Azurite of a test's own (the repository's <c>node_modules/.bin/azurite</c>, as <c>scripts/dev-tools.sh</c>
/// starts it), persisted to a temporary directory, so the test can stop it and start it again on the same ports and
/// data.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(120);

    private readonly string _location = Directory.CreateTempSubdirectory("talenthukou-azurite-").FullName;
    private readonly int[] _ports = [FreeTcpPort.Find(), FreeTcpPort.Find(), FreeTcpPort.Find()];
    private readonly string? _debugLog;
    private Process? _process;

    private AzuriteProcess(string? debugLog)
    {
        _debugLog = debugLog;
    }

    /// <summary>Azurite's debug log when started with one (a line per step of every request it served).</summary>
    public string? DebugLog => _debugLog;

    /// <summary>How the last stop went (whether Azurite exited on its own and saved its data, or was killed).</summary>
    public string LastStop { get; private set; } = "not stopped";

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + ($"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;"
            + $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;");

    /// <param name="debugLog">A file for Azurite's debug log (<c>--debug</c>), or none.</param>
    public static async Task<AzuriteProcess> StartAsync(string? debugLog = null)
    {
        var azurite = new AzuriteProcess(debugLog);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>
    /// Starts Azurite (again) on the same ports and data directory and waits until all three services listen.
    /// </summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(TestEnvironment.RepoRoot, "node_modules", ".bin", "azurite"),
            ["--silent", "--location", _location, "--skipApiVersionCheck", "--loose",
             "--blobPort", $"{_ports[0]}", "--queuePort", $"{_ports[1]}", "--tablePort", $"{_ports[2]}",
             .. _debugLog is null ? Array.Empty<string>() : ["--debug", _debugLog]])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        _process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Node loads Azurite's modules in 1-2 s on an idle machine but took 33 s with the load average at 55
        // (2 cores): the bound catches a start that hangs; a failed start (a port taken meanwhile) ends sooner.
        var started = Stopwatch.StartNew();
        foreach (var port in _ports)
        {
            while (!Listens(port))
            {
                if (_process.HasExited || started.Elapsed > StartBound)
                    throw new InvalidOperationException(
                        $"Azurite did not start listening on port {port} within {started.Elapsed.TotalSeconds:0} s "
                        + $"({(_process.HasExited ? $"it exited with {_process.ExitCode}" : "still running")}): "
                        + string.Join(" | ", output));
                await Task.Delay(100);
            }
        }
    }

    /// <summary>
    /// Stops Azurite the way an operator would (SIGTERM, so it saves its data), and waits until it has exited.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        using (var kill = Process.Start("kill", ["-TERM", $"{_process.Id}"])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var stopping = Stopwatch.StartNew();
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            LastStop = $"exited {stopping.Elapsed.TotalSeconds:0.0} s after SIGTERM";
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            LastStop = $"killed: still running {stopping.Elapsed.TotalSeconds:0.0} s after SIGTERM";
        }
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool Listens(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
