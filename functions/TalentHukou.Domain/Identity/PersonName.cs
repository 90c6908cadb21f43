using System.Globalization;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Domain.Text;

namespace TalentHukou.Domain.Identity;

/// <summary>
/// An applicant's name in any script: letters, the middle dot "·" of transliterated foreign names and
/// single spaces between Latin words. Stored folded (<see cref="NameFolding"/>), so the value is also
/// its search key. <see cref="ToString"/> returns the masked form.
/// </summary>
public sealed record PersonName
{
    /// <summary>In text elements: what a person sees as one character.</summary>
    public const int MinimumLength = 2;

    public const int MaximumLength = 50;

    private PersonName(string value) => Value = value;

    public string Value { get; }

    /// <summary>First character kept: "张**".</summary>
    public string Masked => Masking.Name(Value);

    public static ValidationResult<PersonName> Parse(string? input)
    {
        var folded = NameFolding.Fold(input);
        if (folded.Length == 0)
        {
            return PersonNameErrors.Required;
        }

        // Counted in text elements, so a character outside the BMP or with an accent counts once.
        var elements = TextElements(folded);
        if (elements.Count is < MinimumLength or > MaximumLength)
        {
            return PersonNameErrors.Length;
        }

        if (!elements.All(e => NameCharacters.IsLetter(e) || NameCharacters.IsSeparator(e)))
        {
            return PersonNameErrors.Characters;
        }

        return NameCharacters.SeparatorsArePlaced(elements)
            ? new PersonName(folded)
            : PersonNameErrors.Separator;
    }

    public override string ToString() => Masked;

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
