using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace TalentHukou.Testing;

/// <summary>
/// The built local host (<c>TalentHukou.LocalHost.dll</c>) as an operating-system process of its own, configured
/// through environment variables the way <c>test.sh</c> starts it. It can be killed outright (<see cref="Kill"/>, like
/// <c>kill -9</c>) and started again on the same port, task hub and table prefix.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("talenthukou-host-").FullName;
    private Process? _process;

    private LocalHostProcess(HostNames names, Dictionary<string, string?> settings, int port)
    {
        Names = names;
        Port = port;
        _settings = settings;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/api/");
        Anonymous = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HostNames Names { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>How many times the process was started.</summary>
    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Starts a host on <paramref name="storageConnectionString"/> (the test Azurite by default) with the test
    /// defaults, overridden by <paramref name="settings"/> (configuration keys, <c>Section:Key</c>).
    /// </summary>
    public static async Task<LocalHostProcess> StartAsync(
        HostNames? names = null, IDictionary<string, string?>? settings = null, string? storageConnectionString = null)
    {
        names ??= HostNames.New();
        var config = TestHostSettings.For(names, storageConnectionString ?? TestEnvironment.StorageConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var host = new LocalHostProcess(names, config, FreeTcpPort.Find());
        await host.StartAsync();
        return host;
    }

    /// <summary>Starts the process (again) and waits until it answers HTTP.</summary>
    public async Task StartAsync(int timeoutSeconds = 90)
    {
        if (IsRunning) throw new InvalidOperationException("The host is already running.");
        var start = new ProcessStartInfo("dotnet", [DllPath()])
        {
            WorkingDirectory = Path.GetDirectoryName(DllPath())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["LocalHost__Port"] = Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["CardSigning__KeyPath"] = Path.Combine(_workDirectory, "card-signing.pem");
        foreach (var (key, value) in _settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        Keep($"---- start {Starts} (pid {process.Id}) ----");
        await WaitUntilServingAsync(process, TimeSpan.FromSeconds(timeoutSeconds));
    }

    /// <summary>
    /// Kills the process and its children at once (SIGKILL): no shutdown, no lease release, no flushing.
    /// </summary>
    public void Kill()
    {
        if (_process is null) return;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }
        _process.WaitForExit();
        Keep($"---- killed (pid {_process.Id}) ----");
        _process.Dispose();
        _process = null;
    }

    /// <summary>The last lines the host printed, for failure messages.</summary>
    public string OutputTail(int lines = 60) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    /// <summary>
    /// Awaits <paramref name="task"/>; if it fails, the host's last lines go to <paramref name="write"/> first.
    /// </summary>
    public async Task<T> ShowingOutputOnFailure<T>(Task<T> task, Action<string> write)
    {
        try
        {
            return await task;
        }
        catch
        {
            write("host output (last lines):" + Environment.NewLine + OutputTail(200));
            throw;
        }
    }

    /// <summary>
    /// A client carrying a dev token for <paramref name="sub"/> (the dev key outlives restarts, so the token does too).
    /// </summary>
    public async Task<HttpClient> ClientForAsync(string sub, string[] roles)
    {
        var idNumber = Data.IdNumbers.New();
        var response = await Anonymous.PostAsJsonAsync("dev/token", new { sub, roles, hours = 24, idNumber });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        // Longer than the API's own waits (30 s for an orchestration to start), so their 503 answers arrive.
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(45) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        VerifiedIdentities.Remember(client, idNumber);
        return client;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Anonymous.Dispose();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The local host built next to the tests (same configuration: Debug or Release).</summary>
    public static string DllPath()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var path = Path.Combine(
            TestEnvironment.RepoRoot,
            "functions",
            "TalentHukou.LocalHost",
            "bin",
            tfm.Parent!.Name,
            tfm.Name,
            "TalentHukou.LocalHost.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("Build the solution first: the local host is missing.", path);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 2000) _output.TryDequeue(out _);
    }

    private async Task WaitUntilServingAsync(Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"The local host exited with code {process.ExitCode} while starting:"
                    + $"{Environment.NewLine}{OutputTail()}");
            try
            {
                using var response = await Anonymous.GetAsync("contacts");
                return;
            }
            catch (Exception ex) when (ConnectionFailures.Is(ex))
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException(
            $"The local host did not answer within {timeout.TotalSeconds} s:{Environment.NewLine}{OutputTail()}");
    }

    private sealed record TokenBody(string Token);
}

/// <summary>Free loopback TCP ports.</summary>
public static class FreeTcpPort
{
    public static int Find()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
