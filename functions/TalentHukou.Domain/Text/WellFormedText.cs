using System.Text;

namespace TalentHukou.Domain.Text;

/// <summary>
/// Text that Unicode normalization accepts: a JSON string may carry a lone surrogate (<c>"\uD800"</c>) or the
/// noncharacter U+FFFE, which make <see cref="string.Normalize(NormalizationForm)"/> throw. They become U+FFFD, so
/// validation refuses them like any other stray character.
/// </summary>
public static class WellFormedText
{
    public static string Of(string text)
    {
        if (!text.Any(c => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')) return text;
        return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))
            .Replace('\uFFFE', '\uFFFD')
            .Replace('\uFFFF', '\uFFFD');
    }

    /// <summary>
    /// NFKC of the text, which folds full-width letters and digits typed on Chinese keyboards into ASCII.
    /// </summary>
    public static string FoldedKC(string text) => Of(text).Normalize(NormalizationForm.FormKC);
}
