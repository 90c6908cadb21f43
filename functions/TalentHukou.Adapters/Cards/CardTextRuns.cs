using System.Text;

namespace TalentHukou.Adapters.Cards;

/// <summary>A piece of text that one font can draw.</summary>
public readonly record struct CardTextRun(string Text, bool IsChinese);

/// <summary>
/// Splits text by script, because Droid Sans Fallback has no Latin glyphs (a card number drawn with it vanishes)
/// and DejaVu Sans has no Chinese ones.
/// </summary>
public static class CardTextRuns
{
    /// <summary>Consecutive runs of Chinese (CJK, CJK punctuation, full-width forms) and other characters.</summary>
    public static IReadOnlyList<CardTextRun> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<CardTextRun>();
        var current = new StringBuilder();
        var currentIsChinese = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var isChinese = IsChinese(rune);
            if (current.Length > 0 && isChinese != currentIsChinese)
            {
                runs.Add(new CardTextRun(current.ToString(), currentIsChinese));
                current.Clear();
            }
            currentIsChinese = isChinese;
            current.Append(rune.ToString());
        }
        if (current.Length > 0)
            runs.Add(new CardTextRun(current.ToString(), currentIsChinese));
        return runs;
    }

    // From CJK Radicals (U+2E80) up: CJK symbols and punctuation such as 《》, ideographs, full-width forms,
    // Extension B+.
    private static bool IsChinese(Rune rune) => rune.Value >= 0x2E80;
}
