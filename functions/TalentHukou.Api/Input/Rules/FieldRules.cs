using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using TalentHukou.Domain.Common;

namespace TalentHukou.Api.Input;

/// <summary>The rules declared on a request body type's fields, found by the field's JSON name.</summary>
public static class FieldRules
{
    private static readonly ConcurrentDictionary<(Type, string), MemberInfo?> Members = new();

    /// <summary>
    /// The one rule of kind <typeparamref name="TRule"/> declared on the field <paramref name="field"/> names (a path
    /// such as <c>items[0].note</c>; its last name is the property of <paramref name="body"/>).
    /// </summary>
    public static TRule Declared<TRule>(Type body, string field) where TRule : FieldRuleAttribute =>
        DeclaredAttribute<TRule>(body, field);

    /// <summary>
    /// The closed set (<see cref="WireValuesAttribute"/>) declared on the field <paramref name="field"/> names: the
    /// schema's enum and the values the validator accepts (<see cref="BodyValidator.OneOf{TBody, T}"/>).
    /// </summary>
    public static WireValuesAttribute DeclaredValues(Type body, string field) =>
        DeclaredAttribute<WireValuesAttribute>(body, field);

    private static TRule DeclaredAttribute<TRule>(Type body, string field) where TRule : Attribute
    {
        var name = JsonName(field);
        var member = Members.GetOrAdd((body, name), key => Member(key.Item1, key.Item2));
        return (member is null ? null : On<TRule>(member).SingleOrDefault())
            ?? throw new InvalidOperationException($"{body.Name}.{name} declares no {typeof(TRule).Name}.");
    }

    /// <summary>
    /// Every attribute of kind <typeparamref name="T"/> on a property or on the constructor parameter it comes from.
    /// </summary>
    public static IReadOnlyList<T> On<T>(MemberInfo member) where T : Attribute
    {
        var own = member.GetCustomAttributes<T>(true).ToList();
        if (own.Count > 0) return own;
        var parameter = member.DeclaringType?.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == member.Name);
        return parameter is null ? [] : [.. parameter.GetCustomAttributes<T>(true)];
    }

    /// <summary>The JSON name of a field path's last segment: <c>items[0].note</c> → <c>note</c>.</summary>
    public static string JsonName(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        var index = last.IndexOf('[', StringComparison.Ordinal);
        return index < 0 ? last : last[..index];
    }

    private static MemberInfo? Member(Type body, string name) =>
        body.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name);
}
