using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Domain.Identity;

/// <summary>
/// A mainland China mobile number: 11 digits starting 1[3-9], stored without country prefix or
/// separators. <see cref="ToString"/> returns the masked form.
/// </summary>
public sealed record MobilePhone
{
    private const int Length = 11;

    /// <summary>The shape (JSON Schema pattern) of a number as stored; input may add +86, spaces or hyphens.</summary>
    public const string Shape = "^1[3-9][0-9]{9}$";
    private static readonly string[] CountryPrefixes = ["+86", "0086"];

    private MobilePhone(string value) => Value = value;

    /// <summary>The 11 digits, e.g. "13812345678".</summary>
    public string Value { get; }

    /// <summary>"138****5678".</summary>
    public string Masked => Masking.Phone(Value);

    /// <summary>Accepts a +86, 0086 or 86 prefix and ignores spaces and hyphens.</summary>
    public static ValidationResult<MobilePhone> Parse(string? input)
    {
        var compact = string.Concat((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));
        if (compact.Length == 0)
        {
            return MobilePhoneErrors.Required;
        }

        var digits = WithoutCountryPrefix(compact);
        if (digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return MobilePhoneErrors.Characters;
        }

        if (digits.Length != Length)
        {
            return MobilePhoneErrors.Length;
        }

        if (digits[0] != '1' || digits[1] < '3')
        {
            return MobilePhoneErrors.Prefix;
        }

        return new MobilePhone(digits);
    }

    public override string ToString() => Masked;

    private static string WithoutCountryPrefix(string compact)
    {
        var prefix = CountryPrefixes.FirstOrDefault(p => compact.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null)
        {
            return compact[prefix.Length..];
        }

        // A bare "86" is only a prefix when 11 digits follow; an 11-digit number never starts with 8.
        return compact.Length == Length + 2 && compact.StartsWith("86", StringComparison.Ordinal)
            ? compact[2..]
            : compact;
    }
}
