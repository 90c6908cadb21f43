using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;
using Microsoft.Extensions.Logging;
using RpcException = Grpc.Core.RpcException;

namespace TalentHukou.FunctionsHost.Protocol;

/// <summary>
/// The host's end of the worker's event stream: messages to the worker go through one writer, answers are matched to
/// their requests by request id, the worker's logs go to the harness's logger.
/// </summary>
public sealed partial class WorkerChannel(ILogger<WorkerChannel> logger)
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource<string> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the worker id once the worker opened its stream (its <c>StartStream</c>).</summary>
    public Task<string> Started => _started.Task;

    /// <summary>Completes when the worker's stream ends.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Sends a request and waits for the worker's answer to it (same request id).</summary>
    public async Task<StreamingMessage> AskAsync(StreamingMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequestId = Guid.NewGuid().ToString();
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.RequestId] = answer;
        try
        {
            await _outbound.Writer.WriteAsync(request, cancellationToken);
            return await answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _pending.TryRemove(request.RequestId, out _);
        }
    }

    /// <summary>Sends a message that has no answer (terminate, cancel).</summary>
    public ValueTask TellAsync(StreamingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.RequestId = Guid.NewGuid().ToString();
        return _outbound.Writer.WriteAsync(message, cancellationToken);
    }

    /// <summary>Serves one event stream (the worker opens exactly one).</summary>
    internal async Task ServeAsync(
        IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses,
        CancellationToken cancellationToken)
    {
        var writer = Task.Run(() => WriteAsync(responses, cancellationToken), cancellationToken);
        try
        {
            await foreach (var message in requests.ReadAllAsync(cancellationToken))
                Receive(message);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or RpcException)
        {
            LogStreamEnded(logger, ex.Message);
        }
        finally
        {
            var closed = new RpcException(new Status(StatusCode.Unavailable, "The worker closed its stream."));
            foreach (var pending in _pending.Values) pending.TrySetException(closed);
            _started.TrySetException(closed);
            _closed.TrySetResult();
        }
        await writer.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None)
            .ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task WriteAsync(IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken))
            await responses.WriteAsync(message, cancellationToken);
    }

    private void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _started.TrySetResult(message.StartStream.WorkerId);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                WorkerLog(message.RpcLog);
                break;
            default:
                if (_pending.TryGetValue(message.RequestId, out var answer)) answer.TrySetResult(message);
                break;
        }
    }

    private void WorkerLog(RpcLog log)
    {
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        if (level != LogLevel.None && logger.IsEnabled(level))
            LogWorker(logger, level, log.Category, log.Message, log.Exception?.Message);
    }

    [LoggerMessage(EventId = 9001, Message = "Worker [{Category}] {Message} {Error}")]
    private static partial void LogWorker(
        ILogger logger, LogLevel level, string category, string message, string? error);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "The worker's event stream ended: {Reason}")]
    private static partial void LogStreamEnded(ILogger logger, string reason);
}
