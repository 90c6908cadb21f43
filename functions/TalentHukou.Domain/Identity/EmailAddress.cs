using TalentHukou.Domain.Common;
using TalentHukou.Domain.Text;

namespace TalentHukou.Domain.Identity;

/// <summary>
/// A plausible email address: one "@", a non-empty local part, a dotted domain with no empty label,
/// at most 254 characters, no whitespace or control characters. Deliverability is proven only by sending.
/// </summary>
public sealed record EmailAddress
{
    /// <summary>In code points (<see cref="TextLength"/>), as the API's schema states it.</summary>
    public const int MaximumLength = 254;

    private EmailAddress(string value) => Value = value;

    /// <summary>The address as typed, trimmed.</summary>
    public string Value { get; }

    public static ValidationResult<EmailAddress> Parse(string? input)
    {
        var candidate = input?.Trim();
        if (string.IsNullOrEmpty(candidate))
        {
            return EmailAddressErrors.Required;
        }

        if (TextLength.Of(candidate) > MaximumLength)
        {
            return EmailAddressErrors.Length;
        }

        if (candidate.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return EmailAddressErrors.Characters;
        }

        var parts = candidate.Split('@');
        if (parts is not [{ Length: > 0 }, var domain] || !IsDottedDomain(domain))
        {
            return EmailAddressErrors.Format;
        }

        return new EmailAddress(candidate);
    }

    public override string ToString() => Value;

    private static bool IsDottedDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0);
    }
}
