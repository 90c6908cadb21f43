namespace TalentHukou.Domain.Identity;

/// <summary>The character set and check character of a unified social credit code (GB 32100-2015).</summary>
internal static class CreditCodeCheckCharacter
{
    /// <summary>Digits and upper-case letters without I, O, S, V and Z; a character's value is its index.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the 17 leading characters, all from <see cref="Charset"/>.</summary>
    public static char Compute(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Charset.IndexOf(first17[i]) * Weights[i];
        }

        return Charset[(Charset.Length - sum % Charset.Length) % Charset.Length];
    }
}
