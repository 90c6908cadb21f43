using System.Text.RegularExpressions;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The Function App's app settings as <c>infra/</c> deploys them (the <c>sites/config</c> <c>appsettings</c> resource),
/// with parameters from <c>infra/main.parameters.json</c> or their defaults.
/// </summary>
public static partial class DeployedAppSettings
{
    private static readonly Lazy<(ArmTemplate Template, IReadOnlyDictionary<string, string> Settings)> Deployed = new(Load);

    /// <summary>The settings as written in the Bicep (Key Vault references still references).</summary>
    public static IReadOnlyDictionary<string, string> AsWritten => Deployed.Value.Settings;

    /// <summary>
    /// The settings as the app sees them on App Service: each <c>@Microsoft.KeyVault(SecretUri=...)</c> replaced by the
    /// value of the secret the template itself creates at that URI.
    /// </summary>
    public static Dictionary<string, string> AsResolved() =>
        AsWritten.ToDictionary(s => s.Key, s => ResolveKeyVaultReference(s.Key, s.Value), StringComparer.OrdinalIgnoreCase);

    private static string ResolveKeyVaultReference(string setting, string value)
    {
        var match = KeyVaultReference().Match(value);
        if (!match.Success) return value;
        var name = $"{match.Groups["vault"].Value}/{match.Groups["secret"].Value}";
        var template = Deployed.Value.Template;
        var secret = template.Resources()
            .Where(r => r.Type.Equals("Microsoft.KeyVault/vaults/secrets", StringComparison.OrdinalIgnoreCase) && r.Name == name)
            .Select(r => r.Json).FirstOrDefault();
        if (secret.ValueKind == default)
            throw new InvalidOperationException($"{setting} references the secret {name}, which the template does not create.");
        return (string)template.Evaluate(secret.GetProperty("properties").GetProperty("value"))!;
    }

    private static (ArmTemplate, IReadOnlyDictionary<string, string>) Load()
    {
        var main = ArmTemplate.MainWithExampleParameters(
            BicepCli.Build("infra/main.bicep"),
            File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "infra", "main.parameters.json")));
        foreach (var template in Templates(main))
        {
            var appSettings = template.Resources().Where(r =>
                r.Type.Equals("Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase)
                && r.Name.EndsWith("/appsettings", StringComparison.OrdinalIgnoreCase)).ToList();
            if (appSettings.Count == 0) continue;
            var properties = (Dictionary<string, object?>)template.Evaluate(Assert.Single(appSettings).Json.GetProperty("properties"))!;
            return (template, properties.ToDictionary(p => p.Key, p => Convert.ToString(p.Value,
                System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase));
        }
        throw new InvalidOperationException("infra/main.bicep deploys no Microsoft.Web/sites/config 'appsettings' resource.");
    }

    private static IEnumerable<ArmTemplate> Templates(ArmTemplate template) =>
        new[] { template }.Concat(template.Modules().SelectMany(Templates));

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(SecretUri=https://(?<vault>[^.]+)\.vault\.azure\.net/secrets/(?<secret>[^/)]+)(/[^)]*)?\)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex KeyVaultReference();
}
