using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// Protects ID numbers at rest: a keyed hash (HMAC-SHA256) to look records up by ID number without storing it,
/// AES-GCM encryption for the few places that must keep the number itself, and the keyed digest that binds a card to
/// its holder. All keys derive from one secret.
/// </summary>
public sealed class PersonalDataProtector
{
    private readonly byte[] _indexKey;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _cardHolderKey;

    public PersonalDataProtector(IOptions<PrivacyOptions> options)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.IdIndexKey);
        _indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "talenthukou/id-index"u8.ToArray());
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "talenthukou/encryption"u8.ToArray());
        _cardHolderKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "talenthukou/card-holder"u8.ToArray());
    }

    /// <summary>
    /// HMAC-SHA256 of a card's holder text under its own key. A card's QR code prints the result, so without the key
    /// nobody can test guessed ID numbers against it; only the service can tell whether a claimed holder matches.
    /// </summary>
    public byte[] CardHolderMac(string text) => HMACSHA256.HashData(_cardHolderKey, Encoding.UTF8.GetBytes(text));

    /// <summary>The lookup key of an ID number (upper-cased first): never reversible without the secret.</summary>
    public string IndexOf(string idNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant())));

    /// <summary>Whether <paramref name="index"/> is the lookup key of <paramref name="idNumber"/> (constant-time).</summary>
    public bool IndexMatches(string idNumber, string index) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(IndexOf(idNumber)), Encoding.ASCII.GetBytes(index));

    public string Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(_encryptionKey, 16);
        aes.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public string Decrypt(string protectedText)
    {
        var bytes = Convert.FromBase64String(protectedText);
        var plain = new byte[bytes.Length - 28];
        using var aes = new AesGcm(_encryptionKey, 16);
        aes.Decrypt(bytes.AsSpan(0, 12), bytes.AsSpan(28), bytes.AsSpan(12, 16), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
