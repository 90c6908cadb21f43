using System.Text.Json;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The Function App's Flex Consumption configuration matches what is built and what the plan accepts.
/// </summary>
public class FlexConsumptionTests
{
    [Fact]
    public void FunctionApp_Runtime_IsTheWorkerLanguageAndTheProjectTargetFramework()
    {
        var runtime = (Dictionary<string, object?>)FunctionAppProperty("functionAppConfig", "runtime")!;

        var assembly = typeof(Functions.Hosting.FunctionsApp).Assembly;
        var framework = assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>()
            .Single().FrameworkName; // .NETCoreApp,Version=v10.0
        Assert.Equal(framework.Split("Version=v")[1], runtime["version"]);
        var workerConfigPath = Path.Combine(AppContext.BaseDirectory, "worker.config.json");
        var workerConfig = JsonDocument.Parse(File.ReadAllText(workerConfigPath));
        var workerLanguage = workerConfig.RootElement.GetProperty("description").GetProperty("language").GetString();
        Assert.Equal(workerLanguage, runtime["name"]);
    }

    [Fact]
    public void FunctionApp_SettingsAndSiteProperties_NoneThatFlexConsumptionRejects()
    {
        var settings = DeployedAppSettings.Production.Settings.Keys.Concat(DeployedAppSettings.Minimal.Settings.Keys);

        var rejected = FlexConsumption.Rejected(settings, FunctionAppJson().GetProperty("properties")).ToList();

        Assert.True(rejected.Count == 0, "Flex Consumption rejects: " + string.Join(", ", rejected));
    }

    [Fact]
    public void FlexConsumptionCheck_DeprecatedSettingAndProperty_AreNamed()
    {
        var site = JsonDocument.Parse("""{ "siteConfig": { "minTlsVersion": "1.2", "ftpsState": "Disabled" } }""");

        var rejected = FlexConsumption.Rejected(["TaskHubName", "FUNCTIONS_WORKER_RUNTIME"], site.RootElement).ToList();

        Assert.Equal(["app setting FUNCTIONS_WORKER_RUNTIME", "site property ftpsState"], rejected);
    }

    [Fact]
    public void FunctionApp_Plan_IsFlexConsumption()
    {
        var plan = DeployedAppSettings.Production.Resources.Resources()
            .Single(r => r.Type.Equals("Microsoft.Web/serverfarms", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("FlexConsumption", plan.Json.GetProperty("sku").GetProperty("tier").GetString());
    }

    internal static JsonElement FunctionAppJson() => DeployedAppSettings.Production.Resources.Resources()
        .Single(r => r.Type.Equals("Microsoft.Web/sites", StringComparison.OrdinalIgnoreCase)).Json;

    private static object? FunctionAppProperty(params string[] path)
    {
        var element = FunctionAppJson().GetProperty("properties");
        foreach (var name in path) element = element.GetProperty(name);
        return DeployedAppSettings.Production.Resources.Evaluate(element);
    }
}
