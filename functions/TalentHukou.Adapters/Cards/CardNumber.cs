using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TalentHukou.Adapters.Cards;

/// <summary>Format of a card number: <c>R</c>, a two-digit year and eleven digits (14 characters).</summary>
public static partial class CardNumber
{
    /// <summary>Length of every card number.</summary>
    public const int Length = 14;

    /// <summary>Whether <paramref name="value"/> is a well-formed card number.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>Masks a card number the way the seed shows it: <c>R22*********05</c>.</summary>
    public static string Mask(string cardNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardNumber);
        return cardNumber.Length < 5
            ? new string('*', cardNumber.Length)
            : string.Concat(
                cardNumber.AsSpan(0, 3),
                new string('*', cardNumber.Length - 5),
                cardNumber.AsSpan(cardNumber.Length - 2));
    }

    [GeneratedRegex("^R[0-9]{13}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
