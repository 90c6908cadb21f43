using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentHukou.Adapters.Sms.Tencent;

/// <summary>
/// Reads and writes the API 3.0 JSON envelope: every answer is <c>{"Response": {...,"RequestId"}}</c>, with
/// <c>Response.Error</c> {Code, Message} when the call was refused. Field names are the vendor's (PascalCase).
/// </summary>
public static class TencentApiEnvelope
{
    /// <summary>The vendor's names as written (PascalCase), nulls left out.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The answer in <paramref name="body"/>; a body that is not the envelope is an error too.</summary>
    public static TencentApiResult<T> Read<T>(BinaryData body)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonNode? response;
        try
        {
            response = JsonNode.Parse(body.ToMemory().Span)?["Response"];
        }
        catch (JsonException)
        {
            response = null;
        }

        if (response is null)
            return new(null, new TencentApiError("InternalError.UnreadableResponse", "No Response object."), null);
        var requestId = response["RequestId"]?.GetValue<string>();
        if (response["Error"] is { } error)
        {
            var code = error["Code"]?.GetValue<string>() ?? "InternalError";
            return new(null, new TencentApiError(code, error["Message"]?.GetValue<string>() ?? ""), requestId);
        }

        return new(response.Deserialize<T>(Json), null, requestId);
    }

    /// <summary>An answer as the API writes it: the result's fields plus <c>RequestId</c>.</summary>
    public static string Write(object result, string requestId)
    {
        var response = JsonSerializer.SerializeToNode(result, Json)!.AsObject();
        response["RequestId"] = requestId;
        return new JsonObject { ["Response"] = response }.ToJsonString();
    }

    /// <summary>An error answer as the API writes it.</summary>
    public static string WriteError(string code, string message, string requestId) =>
        new JsonObject
        {
            ["Response"] = new JsonObject
            {
                ["Error"] = new JsonObject { ["Code"] = code, ["Message"] = message },
                ["RequestId"] = requestId,
            },
        }.ToJsonString();
}
