namespace TalentHukou.Domain.Identity;

/// <summary>The province-level region codes (GB/T 2260) that open an 18-character ID number.</summary>
internal static class ProvinceCodes
{
    private static readonly HashSet<int> Mainland =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
    ];

    // 71 Taiwan (GB/T 2260); 81 Hong Kong, 82 Macao and 83 Taiwan open residence-permit numbers.
    private static readonly HashSet<int> Others = [71, 81, 82, 83];

    // The 2023 foreign permanent resident ID card: "9", then the issuing province's code.
    private const char ForeignPermanentResident = '9';

    /// <summary>Whether the number opens with a province code; expects at least three ASCII digits.</summary>
    public static bool StartsWithValidCode(ReadOnlySpan<char> digits)
    {
        if (digits[0] == ForeignPermanentResident)
        {
            return Mainland.Contains(TwoDigits(digits[1..]));
        }

        var code = TwoDigits(digits);
        return Mainland.Contains(code) || Others.Contains(code);
    }

    private static int TwoDigits(ReadOnlySpan<char> digits) => (digits[0] - '0') * 10 + (digits[1] - '0');
}
