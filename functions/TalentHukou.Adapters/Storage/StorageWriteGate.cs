using Azure.Core;
using Azure.Core.Pipeline;

namespace TalentHukou.Adapters.Storage;

/// <summary>
/// Holds back the storage writes of one async flow until a task completes (ADR 0035): the API pipeline runs a
/// submission's handler behind its write budget's count, so the handler's reads overlap the count and its first write
/// waits for it. While a gate is set, every request through <see cref="StorageClients"/> other than a read (GET, HEAD)
/// awaits it and fails with its error (<see cref="StorageWriteRefusedException"/> for a refused budget). Reads go
/// ahead. The gate is held in an <see cref="AsyncLocal{T}"/>, so it binds what the flow starts, and nothing else.
/// </summary>
public static class StorageWriteGate
{
    private static readonly AsyncLocal<Task?> Gate = new();

    /// <summary>The gate the current flow's writes wait for, if any.</summary>
    public static Task? Current => Gate.Value;

    /// <summary>
    /// Runs <paramref name="run"/> with its writes held behind <paramref name="gate"/>. The gate is set inside this
    /// async method, so it never leaks to the caller's flow (an async method restores its caller's context).
    /// </summary>
    public static async Task<T> RunBehindAsync<T>(Task gate, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Gate.Value = gate;
        return await run();
    }

    internal static bool IsWrite(Request request) =>
        request.Method != RequestMethod.Get && request.Method != RequestMethod.Head;
}

/// <summary>What a write held behind a refused gate fails with: it was never sent.</summary>
public sealed class StorageWriteRefusedException : Exception
{
    public StorageWriteRefusedException()
        : base("The write was not sent: the request's write budget was refused.")
    {
    }

    public StorageWriteRefusedException(string message)
        : base(message)
    {
    }

    public StorageWriteRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>The storage clients' policy that makes writes wait for <see cref="StorageWriteGate.Current"/>.</summary>
internal sealed class StorageWriteGatePolicy : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (StorageWriteGate.Current is { } gate && StorageWriteGate.IsWrite(message.Request)) await gate;
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (StorageWriteGate.Current is { } gate && StorageWriteGate.IsWrite(message.Request))
            gate.GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }
}
