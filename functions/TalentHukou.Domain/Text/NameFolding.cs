using System.Text;

namespace TalentHukou.Domain.Text;

/// <summary>
/// Folds a typed name into the form used for exact full-name search, so that "（张三）", "(张三)"
/// and full-width "ＪＯＨＮ　ＳＭＩＴＨ" find the same records as their plain half-width spelling.
/// </summary>
public static class NameFolding
{
    /// <summary>
    /// Applies Unicode NFKC, which also folds full-width ASCII (U+FF01–U+FF5E, including the Chinese
    /// parentheses （）) to half-width and the ideographic space U+3000 to a space; then unifies
    /// middle-dot look-alikes to "·", collapses whitespace runs to one space and trims.
    /// </summary>
    public static string Fold(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var normalized = WellFormedText.FoldedKC(input);
        return CollapseWhitespace(MiddleDots.Unify(normalized));
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
