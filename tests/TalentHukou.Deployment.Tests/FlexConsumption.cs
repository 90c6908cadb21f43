namespace TalentHukou.Deployment.Tests;

/// <summary>
/// What the Flex Consumption plan rejects: app settings and site properties it lists as deprecated, per "Flex
/// Consumption plan deprecations" in the Functions app settings reference,
/// https://learn.microsoft.com/azure/azure-functions/functions-app-settings#flex-consumption-plan-deprecations
/// (its runtime, scale and deployment come from <c>functionAppConfig</c> instead).
/// </summary>
public static class FlexConsumption
{
    public static readonly IReadOnlySet<string> DeprecatedAppSettings =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ENABLE_ORYX_BUILD", "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_WORKER_RUNTIME_VERSION", "FUNCTIONS_MAX_HTTP_CONCURRENCY", "FUNCTIONS_WORKER_PROCESS_COUNT",
        "FUNCTIONS_WORKER_DYNAMIC_CONCURRENCY_ENABLED",
        "SCM_DO_BUILD_DURING_DEPLOYMENT", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTOVERVNET",
        "WEBSITE_CONTENTSHARE", "WEBSITE_DNS_SERVER", "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT",
        "WEBSITE_NODE_DEFAULT_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_SKIP_CONTENTSHARE_VALIDATION",
        "WEBSITE_VNET_ROUTE_ALL",
    };

    /// <summary>Site properties (at any depth of <c>properties</c>, <c>siteConfig</c> included).</summary>
    public static readonly IReadOnlySet<string> DeprecatedSiteProperties =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "alwaysOn", "containerSize", "ftpsState", "isReserved", "IsXenon", "javaVersion", "linuxFxVersion",
        "netFrameworkVersion", "powerShellVersion", "functionAppScaleLimit", "preWarmedInstanceCount",
        "use32BitWorkerProcess", "vnetBackupRestoreEnabled", "vnetContentShareEnabled", "vnetImagePullEnabled",
        "vnetRouteAllEnabled", "windowsFxVersion",
    };

    /// <summary>
    /// Each deprecated app setting in <paramref name="settings"/> and property in the site's JSON, named.
    /// </summary>
    public static IEnumerable<string> Rejected(
        IEnumerable<string> settings, System.Text.Json.JsonElement siteProperties) =>
        settings.Where(DeprecatedAppSettings.Contains).Select(s => $"app setting {s}")
            .Concat(PropertyNames(siteProperties)
                .Where(DeprecatedSiteProperties.Contains)
                .Select(p => $"site property {p}"));

    private static IEnumerable<string> PropertyNames(System.Text.Json.JsonElement element) =>
        element.ValueKind == System.Text.Json.JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name))
            : [];
}
