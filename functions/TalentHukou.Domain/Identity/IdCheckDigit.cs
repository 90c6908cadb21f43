namespace TalentHukou.Domain.Identity;

/// <summary>The ISO 7064 MOD 11-2 check character of an ID number (GB 11643-1999).</summary>
internal static class IdCheckDigit
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the 17 leading ASCII digits.</summary>
    public static char Compute(ReadOnlySpan<char> first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17Digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
