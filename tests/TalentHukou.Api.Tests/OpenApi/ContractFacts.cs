using System.Text.Json.Nodes;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// What a client of an OpenAPI document may rely on, as flat facts independent of schema names: each operation, its
/// parameters, every field of its bodies (by path through the schemas, <c>$ref</c>s followed) and every enum value,
/// plus the component schemas' names. A later document that lacks a fact of an earlier one breaks its clients.
/// </summary>
public static class ContractFacts
{
    public static SortedSet<string> Of(JsonNode document)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var components = document["components"]?["schemas"]?.AsObject();
        foreach (var name in components?.Select(c => c.Key) ?? []) facts.Add("schema " + name);
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var at = $"{method.ToUpperInvariant()} {path}";
                facts.Add(at);
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                    facts.Add($"{at} parameter {parameter!["in"]}:{parameter["name"]}");
                foreach (var (media, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                    Walk(content!["schema"], $"{at} request {media} ", components, facts, []);
                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    facts.Add($"{at} {status}");
                    foreach (var (media, content) in response!["content"]?.AsObject() ?? [])
                        Walk(content!["schema"], $"{at} {status} {media} ", components, facts, []);
                }
            }
        return facts;
    }

    /// <summary>The facts of <paramref name="released"/> that <paramref name="current"/> no longer has.</summary>
    public static IReadOnlyList<string> Broken(JsonNode released, JsonNode current) =>
        [.. Of(released).Except(Of(current))];

    public static IReadOnlyList<string> Added(JsonNode released, JsonNode current) =>
        [.. Of(current).Except(Of(released))];

    private static void Walk(
        JsonNode? schema, string at, JsonObject? components, ISet<string> facts, HashSet<string> open)
    {
        if (schema is not JsonObject node) return;
        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            if (open.Add(name)) Walk(components?[name], at, components, facts, open);
            open.Remove(name);
        }
        foreach (var value in node["enum"]?.AsArray() ?? []) facts.Add($"{at}= {value?.ToJsonString()}");
        foreach (var (name, property) in node["properties"]?.AsObject() ?? [])
        {
            facts.Add(at + "." + name);
            Walk(property, at + "." + name, components, facts, open);
        }
        Walk(node["items"], at + "[]", components, facts, open);
        Walk(node["additionalProperties"], at + "{}", components, facts, open);
        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
            foreach (var branch in node[keyword]?.AsArray() ?? []) Walk(branch, at, components, facts, open);
    }
}
