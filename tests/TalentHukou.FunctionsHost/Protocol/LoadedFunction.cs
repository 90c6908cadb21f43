using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace TalentHukou.FunctionsHost.Protocol;

/// <summary>A binding of a function as the worker's metadata declares it (its raw binding JSON).</summary>
public sealed record FunctionBinding(
    string Name, string Type, string Direction, string? Route, IReadOnlyList<string>? Methods)
{
    public bool IsInput => Direction.Equals("In", StringComparison.OrdinalIgnoreCase);

    public static FunctionBinding Parse(string rawBinding)
    {
        using var json = JsonDocument.Parse(rawBinding);
        var root = json.RootElement;
        string? Text(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        IReadOnlyList<string>? methods = root.TryGetProperty("methods", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
        return new FunctionBinding(
            Text("name") ?? "", Text("type") ?? "", Text("direction") ?? "In", Text("route"), methods);
    }
}

/// <summary>A function the worker indexed and loaded: its id, name and bindings.</summary>
public sealed record LoadedFunction(
    string Id, string Name, IReadOnlyList<FunctionBinding> Bindings, RpcFunctionMetadata Metadata)
{
    /// <summary>The trigger binding (the first input binding whose type ends in "Trigger").</summary>
    public FunctionBinding Trigger =>
        Bindings.First(b => b.IsInput && b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));

    public bool HasTrigger(string type) => Trigger.Type.Equals(type, StringComparison.OrdinalIgnoreCase);

    public static LoadedFunction From(RpcFunctionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var id = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        return new LoadedFunction(
            id, metadata.Name, metadata.RawBindings.Select(FunctionBinding.Parse).ToList(), metadata);
    }
}
