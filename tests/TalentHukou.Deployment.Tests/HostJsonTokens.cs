using System.Text.Json;
using System.Text.RegularExpressions;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The <c>%name%</c> tokens in <c>host.json</c>. The Functions host resolves them through its configuration, where an
/// app setting <c>A__B</c> is the key <c>A:B</c>: only a setting whose name has no <c>__</c> can resolve a token.
/// </summary>
public static partial class HostJsonTokens
{
    /// <summary>Every token, with the JSON path that holds it.</summary>
    public static IReadOnlyList<(string Path, string Token)> All()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "host.json")))
            .RootElement;
        var tokens = new List<(string, string)>();
        Collect(json, "", tokens);
        return tokens;
    }

    /// <summary>Tokens the settings do not resolve, one message each.</summary>
    public static IEnumerable<string> Unresolved(
        IReadOnlyDictionary<string, string> settings, IEnumerable<(string Path, string Token)>? tokens = null) =>
        from t in tokens ?? All()
        where t.Token.Contains("__", StringComparison.Ordinal) || !settings.ContainsKey(t.Token)
        select t.Token.Contains("__", StringComparison.Ordinal)
            ? $"host.json {t.Path}: %{t.Token}% never resolves (a setting with __ is a nested key); use a flat name"
            : $"host.json {t.Path}: %{t.Token}% needs the app setting {t.Token}, which infra does not set";

    private static void Collect(JsonElement element, string path, List<(string, string)> tokens)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) Collect(p.Value, $"{path}.{p.Name}", tokens);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Collect(item, $"{path}[{i++}]", tokens);
                break;
            case JsonValueKind.String:
                foreach (Match m in Token().Matches(element.GetString()!))
                {
                    tokens.Add((path.TrimStart('.'), m.Groups[1].Value));
                }
                break;
        }
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Token();
}
