using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentHukou.Domain.Privacy;

/// <summary>
/// Masks a JSON document for an ops view and keeps it JSON: every string is shown as <see cref="OpsFieldMasking"/>
/// shows its field (its path of property names), hidden fields are dropped, and a string holding JSON again (how the
/// durable runtimes store inputs and results) is masked inside and written back as a string. Text that is not JSON
/// is scrubbed.
/// </summary>
public static class OpsJsonMasking
{
    private const int MaxDepth = 16;

    /// <summary>The masked document; <paramref name="rootName"/> names the top value for the field rules.</summary>
    public static string? Mask(string? json, string rootName = "")
    {
        if (json is null) return null;
        if (Parse(json) is not { } node) return OpsFieldMasking.Show(rootName, json) ?? string.Empty;
        return Masked(node, rootName, 0)?.ToJsonString() ?? "null";
    }

    /// <summary>
    /// A durable history event: its envelope (<paramref name="envelope"/>: type, ids, task name, times) kept, every
    /// other property (input, result, reason, failure…) masked as a payload of its own.
    /// </summary>
    public static string MaskEvent(string json, IReadOnlySet<string> envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (Parse(json) is not JsonObject root) return Mask(json) ?? string.Empty;
        var masked = new JsonObject();
        foreach (var (name, value) in root)
            masked[name] = envelope.Contains(name) ? Scrubbed(value) : Masked(value, name.ToLowerInvariant(), 0);
        return masked.ToJsonString();
    }

    private static JsonNode? Masked(JsonNode? node, string path, int depth)
    {
        switch (node)
        {
            case JsonObject obj when depth < MaxDepth:
                var result = new JsonObject();
                foreach (var (name, value) in obj)
                    if (!IsSignatureValue(obj, name) && Masked(value, Join(path, name), depth + 1) is { } shown)
                        result[name] = shown;
                return result;
            case JsonArray array when depth < MaxDepth:
                return new JsonArray([.. array.Select(item => Masked(item, path, depth + 1))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (depth < MaxDepth && LooksLikeJson(text) && Parse(text) is { } inner)
                {
                    var maskedInner = Masked(inner, path, depth + 1);
                    return maskedInner is null ? null : JsonValue.Create(maskedInner.ToJsonString());
                }
                return OpsFieldMasking.Show(path, text) is { } shownText ? JsonValue.Create(shownText) : null;
            case JsonObject or JsonArray:
                return JsonValue.Create("…");
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A signature's value: the <c>value</c> beside a <c>keyId</c> (a card signature, serialised).</summary>
    private static bool IsSignatureValue(JsonObject obj, string name) =>
        name.Equals("value", StringComparison.OrdinalIgnoreCase)
        && obj.Any(p => p.Key.Equals("keyId", StringComparison.OrdinalIgnoreCase));

    private static JsonNode? Scrubbed(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? JsonValue.Create(PersonalDataScrubber.Scrub(value.GetValue<string>()))
            : node is null ? null : JsonNode.Parse(PersonalDataScrubber.Scrub(node.ToJsonString()));

    private static string Join(string path, string name) =>
        path.Length == 0 ? name.ToLowerInvariant() : path + "." + name.ToLowerInvariant();

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 1 && ((trimmed[0] == '{' && trimmed[^1] == '}')
            || (trimmed[0] == '[' && trimmed[^1] == ']') || (trimmed[0] == '"' && trimmed[^1] == '"'));
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
