using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The closed sets of wire values as enum schemas, read from the domain's own types (never listed twice). Each is
/// marked open to new values (<c>x-extensible-enum</c>): clients switch over the values they know and keep a default
/// branch for the ones a later release adds (ADR 0023).
/// </summary>
public static class OpenApiEnums
{
    public const string ExtensibleKeyword = "x-extensible-enum";

    public static string SchemaName(WireValuesAttribute values) => values.Schema ?? values.Source.Name;

    /// <summary>The wire values in the order the domain declares them.</summary>
    public static IReadOnlyList<string> Values(WireValuesAttribute values)
    {
        var source = values.Source;
        if (values.Member is { } member)
        {
            const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
            var value = source.GetProperty(member, Static)?.GetValue(null)
                ?? source.GetField(member, Static)?.GetValue(null)
                ?? throw new InvalidOperationException(
                    $"{source.Name}.{member} is not a public static list of wire values.");
            return value is IDictionary dictionary
                ? [.. dictionary.Keys.Cast<string>()]
                : [.. ((IEnumerable<string>)value)];
        }
        if (source.IsEnum)
            return [.. Enum.GetNames(source)
                .Select(n => values.AsDeclared ? n : JsonNamingPolicy.KebabCaseLower.ConvertName(n))];
        var constants = source.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        return constants.Count > 0 ? constants
            : throw new InvalidOperationException($"{source.Name} is neither an enum nor a class of string constants.");
    }

    public static JsonObject Schema(WireValuesAttribute values) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. Values(values).Select(v => (JsonNode)v)]),
        [ExtensibleKeyword] = true,
        ["description"] = $"{SchemaName(values)}: a closed set today, open to new values (新版本可能增加取值). "
            + "Clients keep a default branch for values they do not know.",
    };
}
