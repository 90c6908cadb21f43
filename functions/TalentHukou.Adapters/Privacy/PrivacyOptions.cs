namespace TalentHukou.Adapters.Privacy;

/// <summary>
/// Secrets that protect personal data (section <c>Privacy</c>; Key Vault references in Azure). Each secret is a
/// personal-data key with an id; values protected under it carry that id (<see cref="PersonalDataProtector"/>).
/// </summary>
public sealed class PrivacyOptions
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
}
