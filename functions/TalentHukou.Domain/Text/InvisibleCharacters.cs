using System.Globalization;
using System.Text;

namespace TalentHukou.Domain.Text;

/// <summary>
/// Characters a reader cannot see: format characters (zero-width spaces and joiners U+200B–U+200D, the direction marks
/// and bidi embeddings, overrides and isolates U+200E–U+200F, U+202A–U+202E, U+2066–U+2069, the byte-order mark U+FEFF,
/// tag characters…) and control characters. A registry name holding one looks like another name and is refused.
/// </summary>
public static class InvisibleCharacters
{
    public static bool AnyIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in WellFormedText.Of(text).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control) return true;
        }
        return false;
    }
}
