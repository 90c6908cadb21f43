using System.Collections.Concurrent;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Signs with an EC P-256 key in Azure Key Vault (ES256). A card's key id is the Key Vault key version,
/// so cards signed before a rotation still verify against the version that signed them.
/// </summary>
public sealed class KeyVaultCardSigningKeyProvider(CardKeyVaultClient client, KeyVaultKeyIdentifier key) : ICardSigningKeyProvider
{
    // Public keys of versions are immutable, so they are cached for the life of the process.
    private readonly ConcurrentDictionary<string, CardVerificationKey> publicKeys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<CardKeySignature> SignAsync(byte[] data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Resolving the version first (a versionless GET returns the latest) keeps to documented operations.
        var current = await client.GetPublicKeyAsync(key.KeyUri(), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Key Vault has no key {key.Name}.");
        publicKeys.TryAdd(current.Version, new CardVerificationKey(current.Version, current.PublicKey));
        var signature = await client.SignEs256Async(key.KeyUri(current.Version), data, cancellationToken).ConfigureAwait(false);
        return new CardKeySignature(current.Version, signature);
    }

    /// <inheritdoc />
    public async Task<CardVerificationKey?> GetVerificationKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        if (!KeyVaultKeyIdentifier.IsVersion(keyId))
            return null; // the key id comes from a QR code: never let it shape the request path
        if (publicKeys.TryGetValue(keyId, out var cached))
            return cached;
        var found = await client.GetPublicKeyAsync(key.KeyUri(keyId), cancellationToken).ConfigureAwait(false);
        return found is null ? null : publicKeys.GetOrAdd(keyId, new CardVerificationKey(keyId, found.PublicKey));
    }
}
