using System.Text.Json;
using System.Text.RegularExpressions;

namespace TalentHukou.Deployment.Tests;

/// <summary>One ARM template (or a module's nested template) with the values of its parameters.</summary>
public sealed partial class ArmTemplate : IArmScope
{
    private readonly JsonElement template;
    private readonly IReadOnlyDictionary<string, object?> parameterValues;
    private readonly Dictionary<string, object?> variables = new(StringComparer.OrdinalIgnoreCase);

    private ArmTemplate(JsonElement template, IReadOnlyDictionary<string, object?> parameterValues)
    {
        this.template = template;
        this.parameterValues = parameterValues;
    }

    /// <summary>
    /// <c>infra/main.bicep</c> compiled, with the parameters of <c>infra/main.parameters.json</c> after azd's
    /// substitution (<c>${VAR=default}</c> is the default, <c>${VAR}</c> empty, as <c>infra/lint.sh</c> emulates it)
    /// and the parameters azd generates (<c>idIndexKey</c>) set to test values.
    /// </summary>
    public static ArmTemplate MainWithExampleParameters(string compiledJson, string parametersFileText)
    {
        var root = JsonDocument.Parse(compiledJson).RootElement.Clone();
        var substituted = parametersFileText
            .Replace("${AZURE_ENV_NAME}", "contract", StringComparison.Ordinal)
            .Replace("${AZURE_LOCATION}", "eastasia", StringComparison.Ordinal)
            .Replace("${AUTH_CLIENT_ID}", "11111111-2222-4333-8444-555555555555", StringComparison.Ordinal)
            .Replace("${AUTH_IDENTITY_CLAIM}", ArmTestValues.IdentityClaim, StringComparison.Ordinal);
        substituted = AzdDefault().Replace(substituted, "$1");
        substituted = AzdVariable().Replace(substituted, "");
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var declared = root.GetProperty("parameters");
        foreach (var p in JsonDocument.Parse(substituted).RootElement.GetProperty("parameters").EnumerateObject())
        {
            var raw = p.Value.GetProperty("value");
            var type = declared.GetProperty(p.Name).GetProperty("type").GetString();
            values[p.Name] = (type, raw.ValueKind) switch
            {
                ("bool", JsonValueKind.String) => bool.Parse(raw.GetString()!),
                ("int", JsonValueKind.String) => long.Parse(raw.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                _ => ToValue(raw, null),
            };
        }
        foreach (var p in declared.EnumerateObject())
        {
            var generated = p.Value.TryGetProperty("metadata", out var m) && m.TryGetProperty("azd", out _);
            if (generated && !values.ContainsKey(p.Name)) values[p.Name] = ArmTestValues.GeneratedSecret;
        }
        return new ArmTemplate(root, values);
    }

    /// <summary>Every resource of this template: symbolic name (or index), type, evaluated name, JSON.</summary>
    public IEnumerable<(string Symbol, string Type, string Name, JsonElement Json)> Resources()
    {
        var resources = template.GetProperty("resources");
        var items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => (p.Name, p.Value))
            : resources.EnumerateArray().Select((r, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), r));
        foreach (var (symbol, json) in items)
        {
            if (json.TryGetProperty("existing", out var existing) && existing.GetBoolean()) continue;
            yield return (symbol, json.GetProperty("type").GetString()!, ResourceName(json), json);
        }
    }

    /// <summary>The nested templates of this template's module deployments, with their parameters evaluated here.</summary>
    public IEnumerable<ArmTemplate> Modules()
    {
        foreach (var (_, type, _, json) in Resources())
        {
            if (!type.Equals("Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)) continue;
            var properties = json.GetProperty("properties");
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in properties.GetProperty("parameters").EnumerateObject())
            {
                var parameter = ToValue(p.Value, this);
                values[p.Name] = ((Dictionary<string, object?>)parameter!)["value"];
            }
            yield return new ArmTemplate(properties.GetProperty("template"), values);
        }
    }

    /// <summary>Evaluates a template value (an expression string, or an object or array holding expressions).</summary>
    public object? Evaluate(JsonElement value) => ToValue(value, this);

    public object? Parameter(string name)
    {
        if (parameterValues.TryGetValue(name, out var value)) return value;
        var declared = template.GetProperty("parameters").GetProperty(name);
        return declared.TryGetProperty("defaultValue", out var fallback) ? ToValue(fallback, this)
            : throw new InvalidOperationException($"Parameter '{name}' has no value and no default.");
    }

    public object? Variable(string name)
    {
        if (!variables.TryGetValue(name, out var value))
            variables[name] = value = ToValue(template.GetProperty("variables").GetProperty(name), this);
        return value;
    }

    public object? ReferenceProperty(string symbolicName, string property)
    {
        var resource = Resources().Single(r => r.Symbol == symbolicName);
        return ArmTestValues.RuntimeProperty(resource.Type, resource.Name, property);
    }

    // A name the suite cannot evaluate (copyIndex(), guid(), resourceGroup()...) stays as written: only names of
    // resources the app settings use are compared, and those are plain.
    private string ResourceName(JsonElement resource)
    {
        var raw = resource.GetProperty("name");
        if (resource.TryGetProperty("copy", out _)) return raw.GetString()!;
        try
        {
            return (string)ToValue(raw, this)!;
        }
        catch (NotSupportedException)
        {
            return raw.GetString()!;
        }
    }

    private static object? ToValue(JsonElement json, IArmScope? scope) => json.ValueKind switch
    {
        JsonValueKind.String => scope is null ? json.GetString() : ArmExpression.Evaluate(json.GetString(), scope),
        JsonValueKind.Number => json.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Array => json.EnumerateArray().Select(e => ToValue(e, scope)).ToList(),
        _ => json.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value, scope), StringComparer.OrdinalIgnoreCase),
    };

    [GeneratedRegex(@"\$\{[A-Za-z0-9_]+=([^}]*)\}")]
    private static partial Regex AzdDefault();

    [GeneratedRegex(@"\$\{[A-Za-z0-9_]+\}")]
    private static partial Regex AzdVariable();
}
