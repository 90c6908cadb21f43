using Microsoft.Azure.Functions.Worker.Grpc.Messages;
using Microsoft.Extensions.Logging;

namespace TalentHukou.FunctionsHost.Protocol;

/// <summary>
/// What the host does once the worker connected: worker init with the host's capabilities, the metadata request
/// (worker indexing), a load request per function, then invocations; terminate at the end.
/// </summary>
public sealed partial class WorkerSession(WorkerChannel channel, ILogger<WorkerSession> logger)
{
    // The capabilities the Functions host 4.x announces to out-of-process workers.
    private static readonly Dictionary<string, string> HostCapabilities = new()
    {
        ["HandlesWorkerTerminateMessage"] = bool.TrueString,
        ["HandlesInvocationCancelMessage"] = bool.TrueString,
        ["MultiStream"] = bool.TrueString,
        ["IncludeEmptyEntriesInMessagePayload"] = bool.TrueString,
    };

    private IReadOnlyList<LoadedFunction> _functions = [];

    /// <summary>The worker's capabilities from its init response (e.g. <c>HttpUri</c>).</summary>
    public IReadOnlyDictionary<string, string> WorkerCapabilities { get; private set; } =
        new Dictionary<string, string>();

    public IReadOnlyList<LoadedFunction> Functions => _functions;

    /// <summary>Initialises the worker and loads every function it indexed; throws when the worker refuses.</summary>
    public async Task InitializeAsync(string appDirectory, CancellationToken cancellationToken)
    {
        var init = new WorkerInitRequest
        {
            HostVersion = "4.1040.0 (TalentHukou harness)",
            FunctionAppDirectory = appDirectory,
            WorkerDirectory = appDirectory,
        };
        init.Capabilities.Add(HostCapabilities);
        var initAnswer = (await channel.AskAsync(new StreamingMessage { WorkerInitRequest = init }, cancellationToken))
            .WorkerInitResponse;
        EnsureSuccess(initAnswer.Result, "worker init");
        WorkerCapabilities = new Dictionary<string, string>(initAnswer.Capabilities);

        var metadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory };
        var metadata = (await channel.AskAsync(
                new StreamingMessage { FunctionsMetadataRequest = metadataRequest }, cancellationToken))
            .FunctionMetadataResponse;
        EnsureSuccess(metadata.Result, "function metadata");
        var functions = metadata.FunctionMetadataResults.Select(LoadedFunction.From).ToList();
        foreach (var function in functions)
        {
            function.Metadata.FunctionId = function.Id;
            var load = new FunctionLoadRequest { FunctionId = function.Id, Metadata = function.Metadata };
            var loaded = (await channel.AskAsync(
                    new StreamingMessage { FunctionLoadRequest = load }, cancellationToken))
                .FunctionLoadResponse;
            EnsureSuccess(loaded.Result, $"loading {function.Name}");
        }
        _functions = functions;
        LogLoaded(logger, functions.Count);
    }

    /// <summary>Invokes a function and returns the worker's response.</summary>
    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answer = await channel.AskAsync(new StreamingMessage { InvocationRequest = request }, cancellationToken);
        return answer.InvocationResponse;
    }

    /// <summary>Asks the worker to stop (it stops its host and exits).</summary>
    public ValueTask TerminateAsync(CancellationToken cancellationToken) => channel.TellAsync(
        new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = new() { Seconds = 5 } } },
        cancellationToken);

    private static void EnsureSuccess(StatusResult result, string step)
    {
        if (result.Status != StatusResult.Types.Status.Success)
            throw new InvalidOperationException(
                $"The worker failed {step}: {result.Exception?.Message ?? result.Result}");
    }

    [LoggerMessage(EventId = 9010, Level = LogLevel.Information,
        Message = "The worker indexed and loaded {Count} functions")]
    private static partial void LogLoaded(ILogger logger, int count);
}
