using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Signs with a P-256 key kept in a PEM file (<see cref="CardSigningOptions.KeyPath"/>), generated on first use.
/// Its key id is the first 16 hex digits of SHA-256 over the public key's SubjectPublicKeyInfo.
/// </summary>
public sealed class LocalCardSigningKeyProvider(
    IOptions<CardSigningOptions> options, ILogger<LocalCardSigningKeyProvider> logger)
    : ICardSigningKeyProvider
{
    private readonly Lock gate = new();
    private LocalCardSigningKey? key;

    /// <inheritdoc />
    public Task<CardKeySignature> SignAsync(byte[] data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var current = GetKey();
        // A fresh ECDsa per call: instances are not documented as safe for concurrent use.
        using var ecdsa = ECDsa.Create(current.PrivateKey);
        var signature = ecdsa.SignData(
            data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return Task.FromResult(new CardKeySignature(current.KeyId, signature));
    }

    /// <inheritdoc />
    public Task<CardVerificationKey?> GetVerificationKeyAsync(
        string keyId, CancellationToken cancellationToken = default)
    {
        var current = GetKey();
        return Task.FromResult(
            keyId == current.KeyId ? new CardVerificationKey(current.KeyId, current.PublicKey) : null);
    }

    /// <summary>The id of the local key, creating the key file if it does not exist yet.</summary>
    public string GetKeyId() => GetKey().KeyId;

    private LocalCardSigningKey GetKey()
    {
        if (key is { } loaded)
            return loaded;
        lock (gate)
        {
            key ??= LocalCardSigningKeyFile.LoadOrCreate(Path.GetFullPath(options.Value.KeyPath), logger);
            return key;
        }
    }
}
