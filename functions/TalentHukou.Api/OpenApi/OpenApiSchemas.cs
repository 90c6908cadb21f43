using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using TalentHukou.Api.Input;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The component schemas of one document: every body type of ours (and each type nested in one) becomes one named
/// schema, referenced with <c>$ref</c>, named after the type or its <see cref="SchemaNameAttribute"/>; every field
/// marked <see cref="WireValuesAttribute"/> references a named enum schema. Names are the contract: a rename breaks it.
/// </summary>
internal sealed class OpenApiSchemas
{
    private static readonly JsonSerializerOptions SchemaOptions = new(JsonBody.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly SortedDictionary<string, JsonNode> components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> enumNames = new(StringComparer.Ordinal);
    private readonly HashSet<Type> requestTypes = [];
    private bool exportingRequest;

    public void Add(string name, JsonNode schema) => components[name] = schema;

    public JsonObject Components() =>
        new([.. components.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value.DeepClone()))]);

    /// <summary>
    /// The schema of a body of <paramref name="type"/>: a reference, an array of references, or inline.
    /// </summary>
    public JsonNode For(Type type) => Export(type, component: null);

    /// <summary>
    /// The schema of a request body: as <see cref="For"/>, and its types (the body's and those nested in it) are
    /// request types, whose required fields are never null (C# makes them nullable only so validation can name a
    /// missing one); an optional field keeps null, which the server reads as left out (ADR 0028).
    /// </summary>
    public JsonNode ForRequest(Type type)
    {
        exportingRequest = true;
        try { return Export(type, component: null); }
        finally { exportingRequest = false; }
    }

    /// <summary>
    /// Whether <paramref name="member"/> of a body type is optional: marked <see cref="OptionalFieldAttribute"/>, or
    /// the record's constructor parameter has a default value.
    /// </summary>
    public static bool IsOptional(MemberInfo member) =>
        FieldRules.On<OptionalFieldAttribute>(member).Count > 0 || member.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters()).Any(p => p.Name == member.Name && p.HasDefaultValue) == true;

    public static string NameOf(Type type) => type.GetCustomAttribute<SchemaNameAttribute>()?.Name ?? type.Name;

    private JsonNode Export(Type type, Type? component) => Normalize(JsonSchemaExporter.GetJsonSchemaAsNode(
        SchemaOptions,
        type,
        new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, component),
        }));

    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, Type? component)
    {
        if (context.PropertyInfo is { } field) ApplyRules(field, node);
        if (context.PropertyInfo is { } property && FieldAttribute<WireValuesAttribute>(property) is { } values)
            return Describe(EnumReference(node, values), property);
        var type = context.TypeInfo.Type;
        if (IsNamed(context.TypeInfo) && !(type == component && context.Path.IsEmpty))
            return Describe(Reference(node, Register(type)), context.PropertyInfo);
        if (type == component) Complete(node.AsObject(), context.TypeInfo);
        return Describe(node, context.PropertyInfo);
    }

    /// <summary>The declared <see cref="FieldRuleAttribute"/>s; a request type's required field loses its null.
    /// </summary>
    private void ApplyRules(JsonPropertyInfo property, JsonNode node)
    {
        if (property.AttributeProvider is not MemberInfo member || node is not JsonObject schema) return;
        if (requestTypes.Any(property.DeclaringType.IsAssignableFrom) && !IsOptional(member) // or a request's base
            && schema["type"] is JsonArray types
            && types.FirstOrDefault(t => t?.GetValue<string>() == "null") is { } nullType)
        {
            types.Remove(nullType);
            if (types.Count == 1) schema["type"] = types[0]!.GetValue<string>();
        }
        foreach (var rule in FieldRules.On<FieldRuleAttribute>(member)) rule.Describe(schema);
    }

    private static bool IsNamed(JsonTypeInfo info) =>
        info.Kind == JsonTypeInfoKind.Object
        && info.Type.Namespace?.StartsWith("TalentHukou", StringComparison.Ordinal) == true;

    private string Register(Type type)
    {
        var name = NameOf(type);
        if (owners.TryGetValue(name, out var owner))
            return owner == type ? name : throw new InvalidOperationException(
                $"Two body types are named {name}: {owner.FullName} and {type.FullName}; give one a [SchemaName].");
        owners[name] = type;
        if (exportingRequest) requestTypes.Add(type);
        components[name] = new JsonObject(); // taken, for types that contain themselves
        components[name] = Export(type, component: type);
        return name;
    }

    /// <summary>
    /// A component's own schema: an object (never null itself), its optional fields out of <c>required</c>.
    /// </summary>
    private static void Complete(JsonObject schema, JsonTypeInfo info)
    {
        schema["type"] = "object";
        if (info.Type.GetCustomAttribute<DescriptionAttribute>() is { } description)
            schema.Insert(0, "description", description.Description);
        if (schema["required"] is JsonArray required)
        {
            foreach (var optional in info.Properties.Where(p => p.AttributeProvider is MemberInfo m && IsOptional(m)))
                foreach (var item in required.Where(r => r?.GetValue<string>() == optional.Name).ToList())
                    required.Remove(item);
            if (required.Count == 0) schema.Remove("required");
        }
        if (OpenApiExamples.For(info.Type) is { } example)
            schema["examples"] = new JsonArray(JsonSerializer.SerializeToNode(example, info.Type, JsonBody.Options));
    }

    /// <summary>A reference to the named enum schema of <paramref name="values"/> (a multipart form's field).</summary>
    public JsonObject Enum(WireValuesAttribute values) =>
        EnumReference(new JsonObject { ["type"] = "string" }, values).AsObject();

    private JsonNode EnumReference(JsonNode node, WireValuesAttribute values)
    {
        var name = OpenApiEnums.SchemaName(values);
        var source = $"{values.Source.FullName}.{values.Member}";
        if (owners.TryGetValue(name, out var owner) && owner != values.Source)
            throw new InvalidOperationException(
                $"Two enum sources are named {name}: {owner.FullName} and {values.Source.FullName}.");
        if (enumNames.TryGetValue(source, out var named) && named != name)
            throw new InvalidOperationException($"{source} is documented as both {named} and {name}; name it once.");
        owners[name] = values.Source;
        enumNames[source] = name;
        components[name] = OpenApiEnums.Schema(values);
        if (node["items"] is JsonObject items)
        {
            node["items"] = Reference(items, name);
            return node;
        }
        return Reference(node, name);
    }

    /// <summary>A <c>$ref</c>, in <c>anyOf</c> with null where the field may be null.</summary>
    private static JsonNode Reference(JsonNode node, string name)
    {
        var reference = new JsonObject { ["$ref"] = "#/components/schemas/" + name };
        var nullable = node["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        return nullable
            ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : reference;
    }

    private static JsonNode Describe(JsonNode node, JsonPropertyInfo? property)
    {
        if (property is null || node is not JsonObject schema) return node;
        var words = FieldAttribute<DescriptionAttribute>(property)?.Description
            ?? OpenApiFieldWords.For(property.DeclaringType, property.Name);
        if (words is not null) schema["description"] = words;
        return node;
    }

    /// <summary>
    /// An attribute on a field: on its property, or on the record's constructor parameter it comes from.
    /// </summary>
    private static T? FieldAttribute<T>(JsonPropertyInfo property) where T : Attribute =>
        property.AttributeProvider is MemberInfo member ? FieldRules.On<T>(member).FirstOrDefault() : null;

    /// <summary>
    /// JSON Schema allows <c>true</c> for "anything" (a free-form JsonElement); OpenAPI tools want <c>{}</c>.
    /// </summary>
    private static JsonNode Normalize(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "examples") continue; // data, not schemas
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.True
                        && key is not ("required" or "nullable" or OpenApiEnums.ExtensibleKeyword))
                        obj[key] = new JsonObject();
                    else if (value is not null) Normalize(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) Normalize(item);
                break;
        }
        return node is JsonValue root && root.GetValueKind() == JsonValueKind.True ? new JsonObject() : node;
    }
}
