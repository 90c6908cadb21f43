namespace TalentHukou.Deployment.Tests;

/// <summary>
/// App settings read by the Functions host or the platform rather than by the app's options: the deployment must set
/// the required ones, and they count as read.
/// </summary>
public static class PlatformSettings
{
    /// <summary>Required on Azure, with why (the worker's start-up checks cannot see them).</summary>
    public static readonly IReadOnlyDictionary<string, string> Required = new Dictionary<string, string>
    {
        ["AzureWebJobsStorage__accountName"] = "the host's storage (triggers, Durable Functions task hub) by identity",
        ["AzureWebJobsStorage__credential"] = "managedidentity: shared keys are disabled on the account",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "host and worker telemetry; the alert rules query it",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] =
            "Authorization=AAD: local authentication is disabled on the component",
    };

    /// <summary>Read by the platform, optional: the Functions host defaults the environment to Production.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AZURE_FUNCTIONS_ENVIRONMENT",
    };

    /// <summary>Platform-read prefixes (the identity-based connection <c>AzureWebJobsStorage__*</c>).</summary>
    public static bool IsPlatformSetting(string name) =>
        Required.ContainsKey(name) || Optional.Contains(name)
        || name.StartsWith("AzureWebJobsStorage__", StringComparison.OrdinalIgnoreCase);
}
