using System.Text.Json;

namespace TalentHukou.FunctionsHost.Durable;

/// <summary>
/// The payload the Durable extension hands a <c>[DurableClient]</c> binding of an isolated worker: the gRPC endpoint of
/// its task hub (here the local sidecar), the hub's name and the HTTP management base.
/// </summary>
public sealed class DurableClientPayload(int sidecarPort, string hubName, int httpPort)
{
    public string Json { get; } = JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["rpcBaseUrl"] = $"http://127.0.0.1:{sidecarPort}/",
        ["taskHubName"] = hubName,
        ["connectionName"] = "Storage",
        ["requiredQueryStringParameters"] = "",
        ["httpBaseUrl"] = $"http://127.0.0.1:{httpPort}/runtime/webhooks/durabletask",
        ["maxGrpcMessageSizeInBytes"] = int.MaxValue,
    });
}
