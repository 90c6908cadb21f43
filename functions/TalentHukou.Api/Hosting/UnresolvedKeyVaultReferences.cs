using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalentHukou.Api.Hosting;

/// <summary>
/// Refuses to start while any setting still holds an App Service Key Vault reference's literal text
/// (<c>@Microsoft.KeyVault(...)</c>): App Service passes it through unresolved when the vault is not reachable yet
/// (role assignments propagating, network rules), and the text would otherwise pass as a secret, e.g. as the
/// personal-data key.
/// </summary>
public sealed class UnresolvedKeyVaultReferences(IConfiguration configuration)
    : IValidateOptions<UnresolvedKeyVaultReferences.Check>
{
    private const string Marker = "@Microsoft.KeyVault(";

    /// <summary>The options type validated at start-up; it carries nothing.</summary>
    public sealed class Check;

    public ValidateOptionsResult Validate(string? name, Check options)
    {
        var unresolved = configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(Marker, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key).Order(StringComparer.Ordinal).ToList();
        return unresolved.Count == 0 ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"These settings still hold an unresolved Key Vault reference: {string.Join(", ", unresolved)}. " +
                "Check the app's Key Vault access (role, network) and restart.");
    }
}
