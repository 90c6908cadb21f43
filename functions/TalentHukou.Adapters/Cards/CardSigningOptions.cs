using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Cards;

/// <summary>Where the card signing key lives, bound from the <c>CardSigning</c> section.</summary>
public sealed class CardSigningOptions : ISelfValidatingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "CardSigning";

    /// <summary>Which key provider signs cards (<c>CardSigning:Provider</c>).</summary>
    public CardSigningProvider Provider { get; set; } = CardSigningProvider.Local;

    /// <summary>
    /// PEM file of the local key (<c>CardSigning:KeyPath</c>), created on first use; relative to the working directory.
    /// </summary>
    public string KeyPath { get; set; } = ".data/keys/card-signing.pem";

    /// <summary>
    /// Key Vault key identifier (<c>CardSigning:KeyVaultKeyId</c>),
    /// e.g. <c>https://kv-name.vault.azure.net/keys/card-signing</c>, with or without a version;
    /// without one, the latest version signs.
    /// </summary>
    public string? KeyVaultKeyId { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Enum.IsDefined(Provider)) yield return "CardSigning:Provider must be Local or KeyVault.";
        if (Provider == CardSigningProvider.Local && string.IsNullOrWhiteSpace(KeyPath))
            yield return "CardSigning:KeyPath is required for the Local provider.";
        if (Provider == CardSigningProvider.KeyVault && !KeyVaultKeyIdentifier.TryParse(KeyVaultKeyId, out _))
            yield return "CardSigning:KeyVaultKeyId must be https://{vault}/keys/{name}[/{version}] for the KeyVault "
                + "provider.";
    }
}

/// <summary>Card signing key providers.</summary>
public enum CardSigningProvider
{
    /// <summary>A P-256 key in a local PEM file (development and the local host).</summary>
    Local,

    /// <summary>An EC P-256 key in Azure Key Vault; the private key never leaves the vault.</summary>
    KeyVault,
}
