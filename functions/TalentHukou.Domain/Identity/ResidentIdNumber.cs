using System.Globalization;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Identity;

/// <summary>
/// A valid 18-character resident ID number (GB 11643-1999), also the shape of residence permits and
/// the 2023 foreign permanent resident ID card. <see cref="ToString"/> never reveals the full number.
/// </summary>
public sealed record ResidentIdNumber
{
    private const int Length = 18;

    /// <summary>The shape (JSON Schema pattern) of a number this accepts, once trimmed and upper-cased.</summary>
    public const string Shape = "^[0-9]{17}[0-9X]$";
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The number as 17 digits and an upper-case check character.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>First 4 and last 4 characters kept: "4401**********1234".</summary>
    public string Masked => Masking.IdNumber(Value);

    /// <summary>GB 11643: the 17th digit (the order code's last) is odd for men and even for women.</summary>
    public string Gender => (Value[16] - '0') % 2 == 1 ? Genders.Male : Genders.Female;

    /// <param name="today">The current date, so that a birth date in the future is refused.</param>
    public static ValidationResult<ResidentIdNumber> Parse(string? input, DateOnly today)
    {
        var candidate = input?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(candidate))
        {
            return ResidentIdNumberErrors.Required;
        }

        if (candidate.Length != Length)
        {
            return ResidentIdNumberErrors.Length;
        }

        if (!HasIdCharacters(candidate))
        {
            return ResidentIdNumberErrors.Characters;
        }

        if (!ProvinceCodes.StartsWithValidCode(candidate))
        {
            return ResidentIdNumberErrors.Region;
        }

        if (!TryReadBirthDate(candidate, today, out var birthDate))
        {
            return ResidentIdNumberErrors.BirthDate;
        }

        if (IdCheckDigit.Compute(candidate.AsSpan(0, Length - 1)) != candidate[^1])
        {
            return ResidentIdNumberErrors.CheckDigit;
        }

        return new ResidentIdNumber(candidate, birthDate);
    }

    public override string ToString() => Masked;

    private static bool HasIdCharacters(string candidate) =>
        !candidate.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9')
        && (char.IsAsciiDigit(candidate[^1]) || candidate[^1] == 'X');

    private static bool TryReadBirthDate(string candidate, DateOnly today, out DateOnly birthDate) =>
        DateOnly.TryParseExact(
            candidate.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
        && birthDate >= EarliestBirthDate
        && birthDate <= today;
}
