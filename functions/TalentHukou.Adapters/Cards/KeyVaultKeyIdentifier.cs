using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TalentHukou.Adapters.Cards;

/// <summary>A Key Vault key identifier: <c>https://{vault}/keys/{name}[/{version}]</c>.</summary>
public sealed partial record KeyVaultKeyIdentifier(Uri VaultUri, string Name, string? Version)
{
    /// <summary>Parses a key identifier; false when it is not an https Key Vault key address.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out KeyVaultKeyIdentifier? identifier)
    {
        identifier = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return false;
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (segments.Length is < 2 or > 3 || segments[0] != "keys" || !KeyNamePattern().IsMatch(segments[1]))
            return false;
        if (segments.Length == 3 && !IsVersion(segments[2]))
            return false;
        identifier = new KeyVaultKeyIdentifier(
            new Uri(uri.GetLeftPart(UriPartial.Authority)), segments[1], segments.Length == 3 ? segments[2] : null);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be a key version (it also arrives untrusted, as a card's key id).
    /// </summary>
    public static bool IsVersion(string? value) => value is not null && VersionPattern().IsMatch(value);

    /// <summary>The address of this key, or of <paramref name="version"/> of it.</summary>
    public Uri KeyUri(string? version = null)
    {
        var chosen = version ?? Version;
        return new Uri(VaultUri, chosen is null ? $"keys/{Name}" : $"keys/{Name}/{chosen}");
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyNamePattern();

    [GeneratedRegex("^[0-9A-Za-z]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
