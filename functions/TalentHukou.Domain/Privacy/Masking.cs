using System.Globalization;
using System.Text;

namespace TalentHukou.Domain.Privacy;

/// <summary>
/// Masks personal data for responses, logs and ops views. Input too short to keep its edges
/// without revealing most of it is masked entirely, one star per character.
/// </summary>
public static class Masking
{
    private const char Star = '*';

    /// <summary>ID number: first 4, a star per hidden character, last 4 ("4401**********1234").</summary>
    public static string IdNumber(string? idNumber) => KeepEdges(idNumber, head: 4, tail: 4, minimumLength: 15);

    /// <summary>Mobile phone: first 3, four stars, last 4 ("138****5678").</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length < 11)
        {
            return AllStars(phone);
        }

        // Always four stars, so a longer input (a prefix left on) does not reveal its length.
        return string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4));
    }

    /// <summary>Talent card number: first 3, a star per hidden character, last 2 ("R22*********05").</summary>
    public static string CardNumber(string? cardNumber) => KeepEdges(cardNumber, head: 3, tail: 2, minimumLength: 10);

    /// <summary>
    /// A name as public rosters print it: first and last character with stars between ("王小明" → "王*明"); a two-character
    /// name keeps its first ("王明" → "王*").
    /// </summary>
    public static string PublicName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return string.Empty;
        var elements = new StringInfo(trimmed);
        var count = elements.LengthInTextElements;
        if (count < 3) return Name(trimmed);
        return elements.SubstringByTextElements(0, 1)
            + new string(Star, count - 2)
            + elements.SubstringByTextElements(count - 1, 1);
    }

    /// <summary>
    /// How an SMS greets a person, never by full name: surname (first character) with 先生 or 女士 when the gender is known
    /// (<c>male</c>/<c>female</c>), else the first character and two stars ("张先生", "张**"). Never over 4 characters.
    /// </summary>
    public static string Salutation(string? name, string? gender)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return string.Empty;
        var first = new StringInfo(trimmed).SubstringByTextElements(0, 1);
        return first + gender switch { "male" => "先生", "female" => "女士", _ => "**" };
    }

    /// <summary>Person name: first character, then a star per remaining character ("张三丰" → "张**").</summary>
    public static string Name(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return string.Empty;
        }

        // Text elements, not chars: a rare CJK character outside the BMP is a surrogate pair,
        // and splitting it would leave an invalid half character in the output.
        var elements = new StringInfo(trimmed);
        var masked = new StringBuilder(elements.SubstringByTextElements(0, 1));
        return masked.Append(Star, elements.LengthInTextElements - 1).ToString();
    }

    private static string KeepEdges(string? text, int head, int tail, int minimumLength)
    {
        if (string.IsNullOrEmpty(text) || text.Length < minimumLength)
        {
            return AllStars(text);
        }

        var hidden = new string(Star, text.Length - head - tail);
        return string.Concat(text.AsSpan(0, head), hidden, text.AsSpan(text.Length - tail));
    }

    private static string AllStars(string? text) => new(Star, text?.Length ?? 0);
}
