using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace TalentHukou.FunctionsHost.Protocol;

/// <summary>The host's gRPC service the worker connects to (<c>--functions-uri</c>).</summary>
public sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(
        IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream,
        ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return channel.ServeAsync(requestStream, responseStream, context.CancellationToken);
    }
}
