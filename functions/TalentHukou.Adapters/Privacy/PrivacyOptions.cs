namespace TalentHukou.Adapters.Privacy;

/// <summary>Secrets that protect personal data (section <c>Privacy</c>; a Key Vault reference in Azure).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>At least 32 characters; keys the ID-number index and the encryption of stored personal data.</summary>
    public string IdIndexKey { get; set; } = "";
}
