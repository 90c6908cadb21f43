using TalentHukou.Testing.Http;

namespace TalentHukou.Testing.Data;

/// <summary>Makes valid resident ID numbers for tests (GB 11643 check digit computed here, independently).</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string New(DateOnly birthDate, string region = "440106")
    {
        var body = $"{region}{birthDate:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckCharacters[sum % 11];
    }

    // Born 1990–1996: under 40 (the bachelor limit) for years of accelerated business time, and old enough for a 2018
    // degree.
    public static string New() => New(new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(0, 2500)));
}
