using System.Collections.Concurrent;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Signs with an EC P-256 key in Azure Key Vault (ES256). A card's key id is the Key Vault key version,
/// so cards signed before a rotation still verify against the version that signed them.
/// </summary>
/// <remarks>
/// Key ids the vault does not know are remembered for <see cref="UnknownKeyTtl"/> (at most
/// <see cref="MaxUnknownKeys"/> of them), so a flood of made-up key ids in verification links costs one vault read each
/// per interval, not one per request.
/// </remarks>
public sealed class KeyVaultCardSigningKeyProvider(
    CardKeyVaultClient client, KeyVaultKeyIdentifier key, TimeProvider? time = null)
    : ICardSigningKeyProvider
{
    /// <summary>How long a key id the vault did not know is answered as unknown without asking again.</summary>
    public static readonly TimeSpan UnknownKeyTtl = TimeSpan.FromMinutes(10);

    /// <summary>Unknown key ids remembered at most; past it the oldest half is forgotten.</summary>
    public const int MaxUnknownKeys = 10_000;

    private readonly TimeProvider clock = time ?? TimeProvider.System;

    // Public keys of versions are immutable, so they are cached for the life of the process.
    private readonly ConcurrentDictionary<string, CardVerificationKey> publicKeys = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, DateTimeOffset> unknownUntil = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<CardKeySignature> SignAsync(byte[] data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Resolving the version first (a versionless GET returns the latest) keeps to documented operations.
        var current = await client.GetPublicKeyAsync(key.KeyUri(), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Key Vault has no key {key.Name}.");
        publicKeys.TryAdd(current.Version, new CardVerificationKey(current.Version, current.PublicKey));
        var signature = await client.SignEs256Async(key.KeyUri(current.Version), data, cancellationToken)
            .ConfigureAwait(false);
        return new CardKeySignature(current.Version, signature);
    }

    /// <inheritdoc />
    public async Task<CardVerificationKey?> GetVerificationKeyAsync(
        string keyId, CancellationToken cancellationToken = default)
    {
        if (!KeyVaultKeyIdentifier.IsVersion(keyId))
            return null; // the key id comes from a QR code: never let it shape the request path
        if (publicKeys.TryGetValue(keyId, out var cached))
            return cached;
        var now = clock.GetUtcNow();
        if (unknownUntil.TryGetValue(keyId, out var until) && until > now)
            return null;
        var found = await client.GetPublicKeyAsync(key.KeyUri(keyId), cancellationToken).ConfigureAwait(false);
        if (found is not null) return publicKeys.GetOrAdd(keyId, new CardVerificationKey(keyId, found.PublicKey));
        if (unknownUntil.Count >= MaxUnknownKeys)
            foreach (var old in unknownUntil.OrderBy(u => u.Value).Take(MaxUnknownKeys / 2).ToList())
                unknownUntil.TryRemove(old.Key, out _);
        unknownUntil[keyId] = now + UnknownKeyTtl;
        return null;
    }
}
