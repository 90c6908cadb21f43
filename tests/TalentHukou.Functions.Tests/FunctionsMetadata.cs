using System.Text.Json;
using TalentHukou.Testing;

namespace TalentHukou.Functions.Tests;

/// <summary>
/// The <c>functions.metadata</c> file the Functions Worker SDK writes at build time: what Azure will host.
/// </summary>
internal sealed record FunctionsMetadata(
    IReadOnlyList<HttpFunction> Http, IReadOnlyList<string> Orchestrators, IReadOnlyList<string> Activities)
{
    public static FunctionsMetadata Load()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/") ? "Release" : "Debug";
        var path = Path.Combine(
            TestEnvironment.RepoRoot,
            "functions",
            "TalentHukou.Functions",
            "bin",
            configuration,
            "net10.0",
            "functions.metadata");
        Assert.True(File.Exists(path), $"Build the Functions app first; {path} is missing.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var http = new List<HttpFunction>();
        var orchestrators = new List<string>();
        var activities = new List<string>();
        foreach (var function in document.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString()!;
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                switch (binding.GetProperty("type").GetString())
                {
                    case "httpTrigger":
                        var methods = binding.GetProperty("methods").EnumerateArray()
                            .Select(m => m.GetString()!.ToUpperInvariant())
                            .ToList();
                        http.Add(new HttpFunction(name, binding.GetProperty("route").GetString()!, methods));
                        break;
                    case "orchestrationTrigger": orchestrators.Add(name); break;
                    case "activityTrigger": activities.Add(name); break;
                }
            }
        }
        return new FunctionsMetadata(http, orchestrators, activities);
    }
}

/// <summary>An HTTP-triggered function: its name, route (relative to /api) and methods.</summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods);
