namespace TalentHukou.Domain.Text;

/// <summary>
/// The separator in transliterated foreign names ("阿卜杜拉·艾则孜") is typed with several look-alike
/// dots depending on the input method; this unifies them to U+00B7 MIDDLE DOT.
/// </summary>
internal static class MiddleDots
{
    public const char Canonical = '\u00B7';

    // Bullet, katakana middle dot (some IMEs), its half-width form, hyphenation point, dot operator.
    private const string LookAlikes = "\u2022\u30FB\uFF65\u2027\u22C5";

    public static string Unify(string text)
    {
        if (text.AsSpan().IndexOfAny(LookAlikes) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = LookAlikes.Contains(source[i]) ? Canonical : source[i];
            }
        });
    }
}
