using System.Reflection;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The configuration keys the app's code reads: every options class with a <c>SectionName</c> in the app's assemblies
/// (those the Functions app loads), walked property by property.
/// </summary>
public static class SettingReaders
{
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlySet<string>> Keys = new(Collect);
    private const string MapEntry = ":*";

    /// <summary>
    /// Whether the code reads the configuration key <paramref name="key"/> (<c>A:B</c>); a key under a string map
    /// (<c>Sms:Templates:CardIssued</c>) counts as read, its options' own checks say which entries must be there.
    /// </summary>
    public static bool Reads(string key) =>
        Keys.Value.Contains(key) || (key.LastIndexOf(':') is > 0 and var i && Keys.Value.Contains(key[..i] + MapEntry));

    /// <summary>The configuration section of the options class named <paramref name="typeName"/>, if any.</summary>
    public static string? SectionOf(string typeName) =>
        Keys.Value.Count >= 0 && Sections.TryGetValue(typeName, out var section) ? section : null;

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assemblies = new[] { typeof(Functions.Hosting.FunctionsAppServices).Assembly }
            .Concat(typeof(Functions.Hosting.FunctionsAppServices).Assembly.GetReferencedAssemblies()
                .Where(a => a.Name!.StartsWith("TalentHukou.", StringComparison.Ordinal)).Select(Assembly.Load));
        var all = assemblies.SelectMany(a => a.GetReferencedAssemblies()
                .Where(r => r.Name!.StartsWith("TalentHukou.", StringComparison.Ordinal))
                .Select(Assembly.Load)
                .Append(a))
            .Distinct();
        foreach (var type in all.SelectMany(a => a.GetTypes()))
        {
            var field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static);
            if (field is { IsLiteral: true } && field.GetRawConstantValue() is string section)
            {
                Sections[type.Name] = section;
                Walk(type, section, keys, 0);
            }
        }
        return keys;
    }

    private static void Walk(Type type, string prefix, HashSet<string> keys, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var key = $"{prefix}:{property.Name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsLeaf(t)) { if (property.CanWrite) keys.Add(key); }
            else if (t.IsAssignableTo(typeof(IDictionary<string, string>))) keys.Add(key + MapEntry);
            else if (depth < 4 && t.IsClass) Walk(t, key, keys, depth + 1);
        }
    }

    private static bool IsLeaf(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal)
        || t == typeof(TimeSpan) || t == typeof(TimeOnly) || t == typeof(DateOnly) || t == typeof(DateTimeOffset)
        || t == typeof(DateTime) || t == typeof(Uri) || t == typeof(Guid);
}
