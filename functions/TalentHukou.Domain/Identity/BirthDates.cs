using System.Globalization;

namespace TalentHukou.Domain.Identity;

/// <summary>The text form of a birth date as it is encrypted for storage (never stored in clear).</summary>
public static class BirthDates
{
    private const string Format = "yyyy-MM-dd";

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Read(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
