namespace TalentHukou.Domain.Text;

/// <summary>
/// The length of text as the API states and checks it: in Unicode code points, as JSON Schema's
/// <c>minLength</c>/<c>maxLength</c> count, so a rare character outside the BMP (𠀀, a 生僻字 in a name or an address)
/// is one character, as a person sees it, not the two UTF-16 units C# strings hold (ADR 0028).
/// </summary>
public static class TextLength
{
    /// <summary>Code points of <paramref name="text"/>; a lone surrogate counts as one.</summary>
    public static int Of(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }
}
