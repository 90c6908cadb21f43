using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// Protects ID numbers at rest: a keyed hash (HMAC-SHA256) to look records up by ID number without storing it,
/// AES-GCM encryption for the few places that must keep the number itself, and the keyed digest that binds a card to
/// its holder. Keys are versioned (<see cref="PrivacyOptions"/>): new values use the current key and carry its id as a
/// prefix (<c>k2:...</c>); values without a prefix belong to the first key (<see cref="PrivacyOptions.LegacyKeyId"/>),
/// so what was stored before keys had ids still reads. Every configured key reads; only the current one writes.
/// </summary>
public sealed class PersonalDataProtector
{
    private readonly Dictionary<string, PersonalDataKey> _keys;
    private readonly PersonalDataKey _current;

    public PersonalDataProtector(IOptions<PrivacyOptions> options)
    {
        var o = options.Value;
        _keys = o.AllKeys().ToDictionary(k => k.Key, k => new PersonalDataKey(k.Key, k.Value), StringComparer.Ordinal);
        _current = _keys[o.Current];
    }

    /// <summary>The id of the key new values are protected under.</summary>
    public string CurrentKeyId => _current.Id;

    /// <summary>Whether keys other than the current one are configured (values may still be under them).</summary>
    public bool HasOlderKeys => _keys.Count > 1;

    /// <summary>
    /// HMAC-SHA256 of a card's holder text under the current key's card-holder key. A card's QR code prints the result,
    /// so without the key nobody can test guessed ID numbers against it; only the service can tell whether a claimed
    /// holder matches.
    /// </summary>
    public byte[] CardHolderMac(string text) => _current.CardHolderMac(text);

    /// <summary>
    /// The holder MAC under every configured key, the current first: a card issued under an older key still checks.
    /// </summary>
    public IEnumerable<byte[]> CardHolderMacs(string text) =>
        new[] { _current }.Concat(_keys.Values.Where(k => k != _current)).Select(k => k.CardHolderMac(text));

    /// <summary>
    /// The lookup key of an ID number (upper-cased first) under the current key: not reversible without it.
    /// </summary>
    public string IndexOf(string idNumber) => _current.Index(idNumber);

    /// <summary>The lookup key of an ID number under every configured key, the current first.</summary>
    public IReadOnlyList<string> IndexesOf(string idNumber) =>
        [IndexOf(idNumber), .. _keys.Values.Where(k => k != _current).Select(k => k.Index(idNumber))];

    /// <summary>
    /// Whether <paramref name="index"/> is the lookup key of <paramref name="idNumber"/> under the key it names
    /// (constant-time).
    /// </summary>
    public bool IndexMatches(string idNumber, string index) =>
        KeyOf(index) is { } key
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(key.Index(idNumber)), Encoding.ASCII.GetBytes(index));

    /// <summary>
    /// Whether two stored ID-number indexes name the same ID number. Under one key that is equality; across keys
    /// (during a rotation) the second value's encrypted ID number is decrypted and indexed under the first one's key.
    /// </summary>
    public bool SameIdNumber(string index, string otherIndex, string? otherProtectedIdNumber)
    {
        if (index.Length == 0 || otherIndex.Length == 0) return false;
        if (string.Equals(index, otherIndex, StringComparison.Ordinal)) return true;
        if (KeyIdOf(index) == KeyIdOf(otherIndex) || string.IsNullOrEmpty(otherProtectedIdNumber)) return false;
        return KeyOf(otherProtectedIdNumber) is not null && IndexMatches(Decrypt(otherProtectedIdNumber), index);
    }

    /// <summary>The id of the key a protected value or index was made under.</summary>
    public static string KeyIdOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? PrivacyOptions.LegacyKeyId : value[..colon];
    }

    /// <summary>Whether the key a protected value names is configured.</summary>
    public bool CanRead(string protectedText) => protectedText.Length > 0 && KeyOf(protectedText) is not null;

    /// <summary>Whether a protected value or index is under the current key (nothing for a rotation to do).</summary>
    public bool IsCurrent(string value) => KeyIdOf(value) == _current.Id;

    public string Encrypt(string plaintext) => _current.Prefix + _current.Encrypt(plaintext);

    /// <summary>Decrypts under the key the value names; a key no longer configured is an error that says so.</summary>
    public string Decrypt(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        var key = KeyOf(protectedText) ?? throw new InvalidOperationException(
            $"Personal-data key '{KeyIdOf(protectedText)}' is not configured; "
            + $"values protected under it cannot be read.");
        return key.Decrypt(protectedText[key.Prefix.Length..]);
    }

    /// <summary>The value under the current key: unchanged when it is, else decrypted and encrypted again.</summary>
    public string Reprotect(string protectedText) =>
        protectedText.Length == 0 || IsCurrent(protectedText) ? protectedText : Encrypt(Decrypt(protectedText));

    private PersonalDataKey? KeyOf(string value) => _keys.GetValueOrDefault(KeyIdOf(value));
}
