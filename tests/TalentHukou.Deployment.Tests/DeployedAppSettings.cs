using System.Text.RegularExpressions;
using TalentHukou.Testing;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// The Function App's app settings as <c>infra/</c> deploys them (the <c>sites/config</c> <c>appsettings</c> resource),
/// with parameters from <c>infra/main.parameters.json</c> substituted from an azd environment.
/// </summary>
public sealed partial class DeployedAppSettings
{
    private static readonly Lazy<string> Compiled = new(() => BicepCli.Build("infra/main.bicep"));
    private static readonly Lazy<DeployedAppSettings> ProductionDeployment = new(() => For(AzdEnvironments.Production));
    private static readonly Lazy<DeployedAppSettings> MinimalDeployment = new(() => For(AzdEnvironments.Minimal));

    private DeployedAppSettings(ArmTemplate main, ArmTemplate resources, IReadOnlyDictionary<string, string> settings)
    {
        Main = main;
        Resources = resources;
        Settings = settings;
    }

    /// <summary>The production environment (<see cref="AzdEnvironments.Production"/>, SMS on).</summary>
    public static DeployedAppSettings Production => ProductionDeployment.Value;

    /// <summary>Only the required values (<see cref="AzdEnvironments.Minimal"/>, SMS off).</summary>
    public static DeployedAppSettings Minimal => MinimalDeployment.Value;

    /// <summary>The production settings as written in the Bicep (Key Vault references still references).</summary>
    public static IReadOnlyDictionary<string, string> AsWritten => Production.Settings;

    /// <summary>The production settings as the app sees them (<see cref="Resolved"/>).</summary>
    public static Dictionary<string, string> AsResolved() => Production.Resolved();

    public ArmTemplate Main { get; }

    /// <summary>The template that deploys the Function App and its settings.</summary>
    public ArmTemplate Resources { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// The settings as the app sees them on App Service: each <c>@Microsoft.KeyVault(SecretUri=...)</c> replaced by the
    /// value of the secret the template itself creates at that URI.
    /// </summary>
    public Dictionary<string, string> Resolved() =>
        Settings.ToDictionary(
            s => s.Key, s => ResolveKeyVaultReference(s.Key, s.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>The vault and secret a Key Vault reference names, if <paramref name="value"/> is one.</summary>
    public static (string Vault, string Secret)? KeyVaultSecret(string value) =>
        KeyVaultReference().Match(value) is { Success: true } m
            ? (m.Groups["vault"].Value, m.Groups["secret"].Value)
            : null;

    public static DeployedAppSettings For(IReadOnlyDictionary<string, string> azdEnvironment)
    {
        var main = ArmTemplate.MainWithExampleParameters(Compiled.Value,
            File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "infra", "main.parameters.json")), azdEnvironment);
        foreach (var template in Templates(main))
        {
            var appSettings = template.Resources().Where(r =>
                r.Type.Equals("Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase)
                && r.Name.EndsWith("/appsettings", StringComparison.OrdinalIgnoreCase)).ToList();
            if (appSettings.Count == 0) continue;
            var properties = (Dictionary<string, object?>)template.Evaluate(
                Assert.Single(appSettings).Json.GetProperty("properties"))!;
            return new(main, template, properties.ToDictionary(p => p.Key, p => Convert.ToString(p.Value,
                System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase));
        }
        throw new InvalidOperationException(
            "infra/main.bicep deploys no Microsoft.Web/sites/config 'appsettings' resource.");
    }

    /// <summary>The template and its modules' templates, depth first.</summary>
    public static IEnumerable<ArmTemplate> Templates(ArmTemplate template) =>
        new[] { template }.Concat(template.Modules().SelectMany(Templates));

    private string ResolveKeyVaultReference(string setting, string value)
    {
        if (KeyVaultSecret(value) is not var (vault, secretName)) return value;
        var name = $"{vault}/{secretName}";
        var secret = Resources.Resources()
            .Where(r => r.Type.Equals("Microsoft.KeyVault/vaults/secrets", StringComparison.OrdinalIgnoreCase)
                && r.Name == name)
            .Select(r => r.Json).FirstOrDefault();
        if (secret.ValueKind == default || !Resources.IsDeployed(secret))
            throw new InvalidOperationException(
                $"{setting} references the secret {name}, which the template does not create.");
        return (string)Resources.Evaluate(secret.GetProperty("properties").GetProperty("value"))!;
    }

    [GeneratedRegex(
        @"^@Microsoft\.KeyVault\(SecretUri=https://(?<vault>[^.]+)\.vault\.azure\.net/"
            + @"secrets/(?<secret>[^/)]+)(/[^)]*)?\)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex KeyVaultReference();
}
