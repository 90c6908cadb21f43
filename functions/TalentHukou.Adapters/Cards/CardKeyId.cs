using System.Text.RegularExpressions;

namespace TalentHukou.Adapters.Cards;

/// <summary>Shape of a signing key id as it may appear in a link: URL-safe, at most 64 characters.</summary>
public static partial class CardKeyId
{
    /// <summary>Whether <paramref name="keyId"/> is URL-safe and short enough to be a key id.</summary>
    public static bool IsWellFormed(string keyId) => Pattern().IsMatch(keyId);

    [GeneratedRegex("^[0-9A-Za-z_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
