namespace TalentHukou.Deployment.Tests;

/// <summary>Everything that would stop the Functions app from starting or serving with a set of app settings.</summary>
public static class DeploymentContract
{
    /// <summary>Violations of the contract, each naming the setting or check concerned; empty if none.</summary>
    public static List<string> Violations(IReadOnlyDictionary<string, string> settings)
    {
        var violations = PlatformSettings.Required.Keys.Where(k => !settings.ContainsKey(k))
            .Select(k => $"platform setting {k} is missing ({PlatformSettings.Required[k]})").ToList();
        violations.AddRange(HostJsonTokens.Unresolved(settings));
        violations.AddRange(FunctionsAppContract.Violations(settings));
        return violations;
    }

    /// <summary>The message a failing contract test shows.</summary>
    public static string Report(IEnumerable<string> violations) =>
        "The Functions app would not start with the app settings in infra/resources.bicep " +
        "(an app setting A__B there is the configuration key A:B):\n  " + string.Join("\n  ", violations);
}
