using System.Text.Json;
using TalentHukou.FunctionsHost.Process;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The package <c>azd deploy</c> uploads (<c>dotnet publish functions/TalentHukou.Functions</c>, published once and
/// shared with the Functions host harness) holds what the Functions host loads before any code runs.
/// </summary>
public class PublishedPackageTests
{
    [Fact]
    public async Task PublishedPackage_HasHostJsonWorkerConfigExtensionsAndFunctionMetadata()
    {
        var package = await FunctionsAppPackage.PublishAsync(TestEnvironment.RepoRoot, CancellationToken.None);

        Assert.Equal(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "host.json")),
            File.ReadAllText(Path.Combine(package, "host.json")));
        var worker = Json(package, "worker.config.json").GetProperty("description");
        Assert.Equal("dotnet-isolated", worker.GetProperty("language").GetString());
        Assert.True(File.Exists(Path.Combine(package, worker.GetProperty("defaultWorkerPath").GetString()!)));
        var extensions = Json(package, "extensions.json").GetProperty("extensions").EnumerateArray().ToList();
        Assert.Contains(extensions, e => e.GetProperty("name").GetString() == "DurableTask");
        Assert.All(extensions,
            e => Assert.True(File.Exists(Path.Combine(package, e.GetProperty("hintPath").GetString()!))));
        var triggers = Json(package, "functions.metadata").EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("type").GetString()))
            .Where(t => t!.EndsWith("Trigger", StringComparison.Ordinal)).ToHashSet();
        Assert.Superset(new HashSet<string?> { "httpTrigger", "orchestrationTrigger", "activityTrigger" }, triggers);
    }

    private static JsonElement Json(string package, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(package, file))).RootElement;
}
