using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// Secrets that protect personal data (section <c>Privacy</c>; Key Vault references in Azure). Each secret is a
/// personal-data key with an id; values protected under it carry that id (<see cref="PersonalDataProtector"/>).
/// </summary>
public sealed class PrivacyOptions : ISelfValidatingOptions
{
    public const string SectionName = "Privacy";

    /// <summary>The id of <see cref="IdIndexKey"/>, the first key: its values carry no prefix, as before ids.</summary>
    public const string LegacyKeyId = "k1";

    /// <summary>At least 32 characters: the first personal-data key (<see cref="LegacyKeyId"/>).</summary>
    public string IdIndexKey { get; set; } = "";

    /// <summary>Further keys by id (<c>Privacy:Keys:k2</c>, ...), each at least 32 characters.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The key that protects new values and that a rotation moves everything to; <see cref="LegacyKeyId"/> when unset.
    /// </summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Every configured key by id, the legacy one first when it is set.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllKeys()
    {
        if (IdIndexKey.Length > 0) yield return new(LegacyKeyId, IdIndexKey);
        foreach (var key in Keys) yield return key;
    }

    /// <summary>The id of the current key.</summary>
    public string Current => string.IsNullOrWhiteSpace(CurrentKeyId) ? LegacyKeyId : CurrentKeyId;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (IdIndexKey.Length < 32 && !(IdIndexKey.Length == 0 && Keys.Count > 0))
            yield return "Privacy:IdIndexKey must be at least 32 characters.";
        if (!Keys.All(k => IsKeyId(k.Key) && k.Key != LegacyKeyId && k.Value.Length >= 32))
            yield return "Each Privacy:Keys:<id> must be at least 32 characters, its id 1 to 16 lower-case letters or "
                + "digits, not k1 (k1 is Privacy:IdIndexKey).";
        if (!AllKeys().Any(k => k.Key == Current))
            yield return "Privacy:CurrentKeyId must name a configured key (k1 = Privacy:IdIndexKey, or one of "
                + "Privacy:Keys).";
    }

    private static bool IsKeyId(string id) =>
        id.Length is > 0 and <= 16 && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
