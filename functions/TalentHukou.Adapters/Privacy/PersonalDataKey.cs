using System.Security.Cryptography;
using System.Text;

namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// One personal-data key: the index, encryption and card-holder keys derived (HKDF) from its secret, and the prefix its
/// values carry (none for the first key, whose values predate key ids).
/// </summary>
internal sealed class PersonalDataKey
{
    private readonly byte[] _indexKey;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _cardHolderKey;

    public PersonalDataKey(string id, string secret)
    {
        Id = id;
        Prefix = id == PrivacyOptions.LegacyKeyId ? "" : id + ":";
        var bytes = Encoding.UTF8.GetBytes(secret);
        _indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, bytes, 32, info: "talenthukou/id-index"u8.ToArray());
        _encryptionKey =
            HKDF.DeriveKey(HashAlgorithmName.SHA256, bytes, 32, info: "talenthukou/encryption"u8.ToArray());
        _cardHolderKey =
            HKDF.DeriveKey(HashAlgorithmName.SHA256, bytes, 32, info: "talenthukou/card-holder"u8.ToArray());
    }

    public string Id { get; }

    public string Prefix { get; }

    public byte[] CardHolderMac(string text) => HMACSHA256.HashData(_cardHolderKey, Encoding.UTF8.GetBytes(text));

    public string Index(string idNumber) => Prefix + Convert.ToHexStringLower(
        HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant())));

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

    public string Decrypt(string body)
    {
        var bytes = Convert.FromBase64String(body);
        var plain = new byte[bytes.Length - 28];
        using var aes = new AesGcm(_encryptionKey, 16);
        aes.Decrypt(bytes.AsSpan(0, 12), bytes.AsSpan(28), bytes.AsSpan(12, 16), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
