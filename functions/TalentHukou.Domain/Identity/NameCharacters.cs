using System.Globalization;
using System.Text;
using TalentHukou.Domain.Text;

namespace TalentHukou.Domain.Identity;

/// <summary>Classifies the text elements of a folded name for <see cref="PersonName"/>.</summary>
internal static class NameCharacters
{
    private const string Space = " ";
    private static readonly string Dot = MiddleDots.Canonical.ToString();

    /// <summary>A letter of any script, with any combining marks that follow it.</summary>
    public static bool IsLetter(string element)
    {
        var runes = element.EnumerateRunes();
        var isFirst = true;
        foreach (var rune in runes)
        {
            var accepted = isFirst ? Rune.IsLetter(rune) : IsMark(Rune.GetUnicodeCategory(rune));
            if (!accepted)
            {
                return false;
            }

            isFirst = false;
        }

        return !isFirst;
    }

    public static bool IsSeparator(string element) => element == Space || element == Dot;

    /// <summary>A dot stands between two letters; a space between two Latin letters.</summary>
    public static bool SeparatorsArePlaced(IReadOnlyList<string> elements)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            if (!IsSeparator(elements[i]))
            {
                continue;
            }

            if (i == 0 || i == elements.Count - 1)
            {
                return false;
            }

            Func<string, bool> neighbourFits = elements[i] == Space ? IsLatinLetter : IsLetter;
            if (!neighbourFits(elements[i - 1]) || !neighbourFits(elements[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    // Basic Latin through Latin Extended-B, and Latin Extended Additional (Vietnamese).
    private static bool IsLatinLetter(string element) =>
        IsLetter(element) && Rune.GetRuneAt(element, 0).Value is <= 0x024F or (>= 0x1E00 and <= 0x1EFF);

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
}
