using TalentHukou.Domain.Common;

namespace TalentHukou.Domain.Identity;

/// <summary>A valid unified social credit code (统一社会信用代码, GB 32100-2015) of an employer.</summary>
public sealed record CreditCode
{
    private const int Length = 18;

    /// <summary>
    /// The shape (JSON Schema pattern) of a code this accepts, once trimmed and upper-cased: a registration authority,
    /// then 17 characters of <see cref="CreditCodeCheckCharacter.Charset"/> (no I, O, S, V, Z).
    /// </summary>
    public const string Shape = "^[1-9ANY][0-9A-HJ-NP-RTUW-Y]{17}$";

    // Registration authority codes of the standard and its amendments; Y means "other".
    private const string RegistrationAuthorities = "123456789ANY";

    private CreditCode(string value) => Value = value;

    /// <summary>The code in upper case.</summary>
    public string Value { get; }

    public static ValidationResult<CreditCode> Parse(string? input)
    {
        var candidate = input?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(candidate))
        {
            return CreditCodeErrors.Required;
        }

        if (candidate.Length != Length)
        {
            return CreditCodeErrors.Length;
        }

        if (candidate.AsSpan().ContainsAnyExcept(CreditCodeCheckCharacter.Charset))
        {
            return CreditCodeErrors.Characters;
        }

        if (!RegistrationAuthorities.Contains(candidate[0]))
        {
            return CreditCodeErrors.RegistrationAuthority;
        }

        if (CreditCodeCheckCharacter.Compute(candidate.AsSpan(0, Length - 1)) != candidate[^1])
        {
            return CreditCodeErrors.CheckCharacter;
        }

        return new CreditCode(candidate);
    }

    public override string ToString() => Value;
}
