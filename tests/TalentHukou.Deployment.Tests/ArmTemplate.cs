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
    /// substitution from <paramref name="azdEnvironment"/> (<c>${VAR}</c> its value, else empty; <c>${VAR=default}</c>
    /// its value, else the default, as <c>infra/lint.sh</c> emulates it) and the parameters azd generates
    /// (<c>idIndexKey</c>) set to test values.
    /// </summary>
    public static ArmTemplate MainWithExampleParameters(
        string compiledJson, string parametersFileText, IReadOnlyDictionary<string, string> azdEnvironment)
    {
        ArgumentNullException.ThrowIfNull(azdEnvironment);
        var root = JsonDocument.Parse(compiledJson).RootElement.Clone();
        var substituted = AzdVariable().Replace(parametersFileText, m =>
            azdEnvironment.TryGetValue(m.Groups["name"].Value, out var value)
                ? JsonEncoded(value)
                : m.Groups["default"].Value);
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var declared = root.GetProperty("parameters");
        foreach (var p in JsonDocument.Parse(substituted).RootElement.GetProperty("parameters").EnumerateObject())
        {
            var raw = p.Value.GetProperty("value");
            // A user-defined type ($ref) is an object here; only primitive types come as strings from azd.
            var type = declared.GetProperty(p.Name).TryGetProperty("type", out var t) ? t.GetString() : "object";
            values[p.Name] = (type, raw.ValueKind) switch
            {
                ("bool", JsonValueKind.String) => bool.Parse(raw.GetString()!),
                ("int", JsonValueKind.String) =>
                    long.Parse(raw.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
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
            : resources.EnumerateArray()
                .Select((r, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), r));
        foreach (var (symbol, json) in items)
        {
            if (json.TryGetProperty("existing", out var existing) && existing.GetBoolean()) continue;
            yield return (symbol, json.GetProperty("type").GetString()!, ResourceName(json), json);
        }
    }

    /// <summary>
    /// The nested templates of this template's module deployments, with their parameters evaluated here.
    /// </summary>
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
        _ => json.EnumerateObject()
            .ToDictionary(p => p.Name, p => ToValue(p.Value, scope), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Whether ARM deploys <paramref name="resource"/> (its <c>condition</c>, true when absent).</summary>
    public bool IsDeployed(JsonElement resource) =>
        !resource.TryGetProperty("condition", out var condition) || ToValue(condition, this) is true;

    /// <summary>
    /// Each instance of <paramref name="resource"/>: one scope per copy-loop index, or this template.
    /// </summary>
    public IEnumerable<IArmScope> Instances(JsonElement resource)
    {
        if (!resource.TryGetProperty("copy", out var copy))
        {
            yield return this;
            yield break;
        }
        var count = (long)ToValue(copy.GetProperty("count"), this)!;
        for (var i = 0; i < count; i++) yield return new CopyInstance(this, i);
    }

    /// <summary>
    /// Evaluates a template value in <paramref name="scope"/> (this template or one of its copy instances).
    /// </summary>
    public static object? Evaluate(JsonElement value, IArmScope scope) => ToValue(value, scope);

    /// <summary>The value of the output <paramref name="name"/>.</summary>
    public object? Output(string name) =>
        ToValue(template.GetProperty("outputs").GetProperty(name).GetProperty("value"), this);

    public long CopyIndex() => throw new InvalidOperationException("copyIndex() outside a copy loop.");

    private static string JsonEncoded(string value) => JsonSerializer.Serialize(value)[1..^1];

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z0-9_]+)(=(?<default>[^}]*))?\}")]
    private static partial Regex AzdVariable();

    private sealed class CopyInstance(ArmTemplate template, long index) : IArmScope
    {
        public object? Parameter(string name) => template.Parameter(name);

        public object? Variable(string name) => template.Variable(name);

        public object? ReferenceProperty(string symbolicName, string property) =>
            template.ReferenceProperty(symbolicName, property);

        public long CopyIndex() => index;
    }
}
