using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TalentHukou.FunctionsHost.Process;

/// <summary>
/// The worker process, started as the Functions host starts a language worker: the executable and worker path from
/// <c>worker.config.json</c>, the host's arguments (its gRPC URI, worker id, request id, maximum message size) and the
/// app settings as environment variables.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private const int MaxMessageLength = int.MaxValue;
    private readonly System.Diagnostics.Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(System.Diagnostics.Process process)
    {
        _process = process;
        Exited = process.WaitForExitAsync();
    }

    public string WorkerId { get; private init; } = "";

    /// <summary>Completes when the process exits.</summary>
    public Task Exited { get; }

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Everything the worker wrote to its console (the last 2,000 lines).</summary>
    public string Output => string.Join('\n', _output);

    public static WorkerProcess Start(string appDirectory, Uri hostUri, IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(appDirectory, "worker.config.json")))
            .RootElement.GetProperty("description");
        var executable = config.GetProperty("defaultExecutablePath").GetString()!;
        var workerPath = Path.Combine(appDirectory, config.GetProperty("defaultWorkerPath").GetString()!);
        var workerId = Guid.NewGuid().ToString();
        var requestId = Guid.NewGuid().ToString();
        var size = MaxMessageLength.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            workerPath, "--host", hostUri.Host, "--port", hostUri.Port.ToString(CultureInfo.InvariantCulture),
            "--workerId", workerId, "--requestId", requestId, "--grpcMaxMessageLength", size,
            "--functions-uri", hostUri.AbsoluteUri, "--functions-worker-id", workerId,
            "--functions-request-id", requestId, "--functions-grpc-max-message-length", size,
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = System.Diagnostics.Process.Start(start)!;
        var worker = new WorkerProcess(process) { WorkerId = workerId };
        process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>
    /// Waits for the worker to exit after terminate; kills it when it does not within the grace period.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Exited.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 2000) _output.TryDequeue(out _);
    }
}
