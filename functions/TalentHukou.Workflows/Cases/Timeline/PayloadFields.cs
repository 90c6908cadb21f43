using System.Text.Json;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Workflows.Cases.Timeline;

/// <summary>
/// Decodes a durable payload (an input, output or event body: JSON, often a JSON string holding JSON again) into flat,
/// readable fields: <c>applicant.name</c> → <c>张**</c>. Values are plain text, never JSON; each is shown as
/// <see cref="OpsFieldMasking"/> allows, and fields it hides are left out.
/// </summary>
public static class PayloadFields
{
    private const int MaxFields = 40;
    private const int MaxDepth = 12;

    public static IReadOnlyDictionary<string, string> Decode(string? payload, string rootName = "value")
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(payload)) return fields;
        if (TryParse(payload) is { } element) Add(fields, rootName, element, 0);
        else Put(fields, rootName, payload);
        return fields;
    }

    /// <summary>Adds the fields of an element already parsed (a history event's property).</summary>
    public static void AddTo(IDictionary<string, string> fields, string name, JsonElement element) =>
        Add(fields, name, element, 0);

    private static void Add(IDictionary<string, string> fields, string path, JsonElement element, int depth)
    {
        if (fields.Count >= MaxFields) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when depth < MaxDepth:
                foreach (var property in element.EnumerateObject())
                    Add(fields, Join(path, property.Name), property.Value, depth + 1);
                break;
            case JsonValueKind.Array when depth < MaxDepth:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Add(fields, $"{path}[{index++}]", item, depth + 1);
                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                // A JSON string holding JSON again (how the Durable runtimes store inputs and results): decode it too.
                if (depth < MaxDepth && LooksLikeJson(text) && TryParse(text) is { } inner)
                    Add(fields, path, inner, depth + 1);
                else
                    Put(fields, path, text);
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            case JsonValueKind.Object or JsonValueKind.Array:
                fields[path] = "…"; // deeper than an operator reads; never shown as raw JSON
                break;
            default:
                Put(fields, path, element.GetRawText());
                break;
        }
    }

    private static void Put(IDictionary<string, string> fields, string path, string value)
    {
        if (OpsFieldMasking.Show(path, value) is { } shown) fields[path] = shown;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 1
            && ((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')
                || (trimmed[0] == '"' && trimmed[^1] == '"'));
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
