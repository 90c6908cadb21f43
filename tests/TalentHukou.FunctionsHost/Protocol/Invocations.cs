using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace TalentHukou.FunctionsHost.Protocol;

/// <summary>
/// Builds invocation requests the way the host fills them: one input per input binding, trigger metadata.
/// </summary>
public static class Invocations
{
    /// <summary>
    /// A request for <paramref name="function"/>: the trigger's data, the durable client payload for every
    /// <c>durableClient</c> binding, and the trigger metadata (binding data).
    /// </summary>
    public static InvocationRequest Create(
        LoadedFunction function,
        TypedData trigger,
        string durableClientPayload,
        IDictionary<string, TypedData> metadata)
    {
        ArgumentNullException.ThrowIfNull(function);
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext(),
        };
        foreach (var binding in function.Bindings.Where(b => b.IsInput))
        {
            if (binding == function.Trigger)
                request.InputData.Add(new ParameterBinding { Name = binding.Name, Data = trigger });
            else if (binding.Type.Equals("durableClient", StringComparison.OrdinalIgnoreCase))
                request.InputData.Add(new ParameterBinding { Name = binding.Name, Data = Text(durableClientPayload) });
            else
                throw new NotSupportedException($"{function.Name}: the harness has no '{binding.Type}' input binding.");
        }
        request.TriggerMetadata.Add(metadata);
        return request;
    }

    public static TypedData Text(string value) => new() { String = value };

    public static TypedData Json(object value) => new() { Json = JsonSerializer.Serialize(value) };

    /// <summary>A failed invocation's exception as one line (type and message).</summary>
    public static string? Failure(InvocationResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Result.Status == StatusResult.Types.Status.Success) return null;
        var exception = response.Result.Exception;
        return exception is null ? response.Result.Result : $"{exception.Type}: {exception.Message}";
    }

    /// <summary>A return value as JSON text, as the Durable extension stores an activity's output.</summary>
    public static string? ReturnValueAsJson(TypedData? value) => value?.DataCase switch
    {
        null or TypedData.DataOneofCase.None => null,
        TypedData.DataOneofCase.Json => value.Json,
        TypedData.DataOneofCase.String => JsonSerializer.Serialize(value.String),
        TypedData.DataOneofCase.Int => JsonSerializer.Serialize(value.Int),
        TypedData.DataOneofCase.Double => JsonSerializer.Serialize(value.Double),
        TypedData.DataOneofCase.Bytes => JsonSerializer.Serialize(value.Bytes.ToByteArray()),
        _ => throw new NotSupportedException($"Return value of kind {value.DataCase}."),
    };
}
