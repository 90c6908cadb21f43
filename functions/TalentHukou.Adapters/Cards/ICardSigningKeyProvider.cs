using System.Security.Cryptography;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// Holds the card signing key. Signing happens behind the provider because a Key Vault key never
/// leaves the vault; verification needs only the public key of the version named by the key id.
/// </summary>
public interface ICardSigningKeyProvider
{
    /// <summary>Signs <paramref name="data"/> (ES256, IEEE P1363) with the current key.</summary>
    Task<CardKeySignature> SignAsync(byte[] data, CancellationToken cancellationToken = default);

    /// <summary>The public key for <paramref name="keyId"/>, or null when that key is unknown.</summary>
    Task<CardVerificationKey?> GetVerificationKeyAsync(string keyId, CancellationToken cancellationToken = default);
}

/// <summary>A raw signature and the id of the key that made it.</summary>
public sealed record CardKeySignature(string KeyId, byte[] Signature);

/// <summary>A public P-256 key that verifies card signatures.</summary>
public sealed record CardVerificationKey(string KeyId, ECParameters PublicKey);
