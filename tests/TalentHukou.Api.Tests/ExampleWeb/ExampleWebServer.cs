using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using TalentHukou.Testing;

namespace TalentHukou.Api.Tests.ExampleWeb;

/// <summary>
/// The example front end (clients/example-web) as <c>./run.sh</c> serves it: compiled with the repository's pinned tsc
/// into a temporary directory, served by its <c>serve.mjs</c> on a free port and proxying /api to a host under test.
/// Node or tsc missing is a failure, never a skip.
/// </summary>
public sealed class ExampleWebServer : IAsyncDisposable
{
    private readonly string _dist = Directory.CreateTempSubdirectory("talenthukou-example-web-").FullName;
    private readonly StringBuilder _log = new();
    private Process? _server;

    private ExampleWebServer(int port) => Origin = new Uri($"http://127.0.0.1:{port}");

    public Uri Origin { get; }

    public static async Task<ExampleWebServer> StartAsync(Uri api)
    {
        var server = new ExampleWebServer(FreeTcpPort.Find());
        try
        {
            await server.CompileAsync();
            await server.ServeAsync(new Uri(api.GetLeftPart(UriPartial.Authority)));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The page a link points to, on this server: the link's path and query, whatever its origin.</summary>
    public Uri PageFor(Uri link) => new(Origin, link.PathAndQuery);

    private static string Root => TestEnvironment.RepoRoot;

    private async Task CompileAsync()
    {
        var tsc = Path.Combine(Root, "node_modules", ".bin", "tsc");
        if (!File.Exists(tsc))
            throw new InvalidOperationException($"{tsc} is missing: the example front end cannot be compiled.");
        using var compile = Start(tsc, ["-p", Path.Combine(Root, "clients", "example-web"), "--outDir", _dist], []);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await compile.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            compile.Kill(entireProcessTree: true);
            throw new TimeoutException($"tsc did not finish within 3 minutes:\n{_log}");
        }
        if (compile.ExitCode != 0) throw new InvalidOperationException($"tsc failed ({compile.ExitCode}):\n{_log}");
    }

    private async Task ServeAsync(Uri api)
    {
        _server = Start("node", [Path.Combine(Root, "clients", "example-web", "serve.mjs")], new()
        {
            ["EXAMPLE_WEB_PORT"] = Origin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EXAMPLE_WEB_API"] = api.ToString().TrimEnd('/'),
            ["EXAMPLE_WEB_DIST"] = _dist,
        });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await ListensAsync(Origin.Port))
        {
            if (_server.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"serve.mjs did not start listening on {Origin}:\n{_log}");
            await Task.Delay(100);
        }
    }

    private Process Start(string file, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        Directory.Delete(_dist, recursive: true);
    }
}
