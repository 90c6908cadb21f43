using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentHukou.Api.Admin;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Every field rule the request types declare (JSON bodies, the types nested in them, multipart forms), with the
/// schema the generated document gives the field.
/// </summary>
public static class DeclaredFieldRules
{
    public static JsonNode Document { get; } = OpenApiDocumentBuilder.Build(ApiRouteTable.All);

    /// <summary>The request types: each route's body and form, the types nested in them, the staff subject.</summary>
    public static IReadOnlyList<Type> RequestTypes { get; } = Collect();

    /// <summary>(type, JSON field name) of every field with a rule of kind <typeparamref name="TRule"/>.</summary>
    public static TheoryData<string, string> Fields<TRule>() where TRule : FieldRuleAttribute
    {
        var data = new TheoryData<string, string>();
        foreach (var type in RequestTypes)
            foreach (var property in type.GetProperties().Where(p => FieldRules.On<TRule>(p).Count > 0))
                data.Add(type.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
        return data;
    }

    public static Type TypeNamed(string name) => RequestTypes.Single(t => t.Name == name);

    public static TRule Rule<TRule>(string type, string field) where TRule : FieldRuleAttribute =>
        FieldRules.Declared<TRule>(TypeNamed(type), field);

    /// <summary>The field's schema in the document: in its component, or in the multipart form it is part of.</summary>
    public static JsonObject? SchemaOf(string type, string field)
    {
        var component = Document["components"]!["schemas"]![SchemaName(TypeNamed(type))];
        if (component is not null) return component["properties"]?[field]?.AsObject();
        var route = ApiRouteTable.All.FirstOrDefault(r => r.Doc?.Form?.Name == type);
        if (route is null) return null;
        var form = Document["paths"]!["/" + route.Path]![route.Method.ToLowerInvariant()]!["requestBody"]!["content"]!
            ["multipart/form-data"]!["schema"]!;
        return form["properties"]?[field]?.AsObject();
    }

    public static string SchemaName(Type type) => type.GetCustomAttribute<SchemaNameAttribute>()?.Name ?? type.Name;

    private static List<Type> Collect()
    {
        var found = new List<Type> { typeof(StaffSubject) };
        foreach (var doc in ApiRouteTable.All.Select(r => r.Doc!))
        {
            if (doc.Request is not null) Walk(doc.Request, found);
            if (doc.Form is not null) Walk(doc.Form, found);
        }
        return found;
    }

    private static void Walk(Type type, List<Type> found)
    {
        var element = type.IsArray ? type.GetElementType()!
            : type.IsGenericType ? type.GetGenericArguments().Last() : Nullable.GetUnderlyingType(type) ?? type;
        if (element != type) { Walk(element, found); return; }
        if (type.Namespace?.StartsWith("TalentHukou", StringComparison.Ordinal) != true || found.Contains(type)) return;
        found.Add(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Walk(property.PropertyType, found);
    }
}
