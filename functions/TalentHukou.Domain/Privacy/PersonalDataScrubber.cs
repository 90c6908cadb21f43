using System.Text.RegularExpressions;

namespace TalentHukou.Domain.Privacy;

/// <summary>
/// Masks ID numbers, mainland mobile numbers, e-mail addresses and talent card numbers found anywhere in free text,
/// for logs and ops views.
/// Matches on shape only (no check digit), so anything that looks like personal data is hidden.
/// </summary>
public static partial class PersonalDataScrubber
{
    public static string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        // ID numbers first: an 18-digit run must not be read as a phone number plus leftovers.
        var withoutIds = IdNumberRun().Replace(text, match => Masking.IdNumber(match.Value));
        var withoutPhones = MobileRun().Replace(withoutIds, match =>
            match.Groups["prefix"].Value + Masking.Phone(match.Groups["number"].Value));
        // An address keeps its first character and its domain: enough for ops to tell a typo from a provider problem.
        var withoutEmails = EmailAddressRun().Replace(withoutPhones,
            match => match.Groups["first"].Value + "***@" + match.Groups["domain"].Value);
        return CardNumberRun().Replace(withoutEmails, match => Masking.CardNumber(match.Value));
    }

    // A talent card number: R, two digits of year and eleven digits, not inside a longer word or number.
    [GeneratedRegex("(?<![A-Za-z0-9])R[0-9]{13}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CardNumberRun();

    // A mailbox and a dotted domain; the local part's first character is kept.
    [GeneratedRegex(
        "(?<first>[A-Za-z0-9])[A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddressRun();

    // Exactly 17 digits and a digit or X, not part of a longer run of digits.
    [GeneratedRegex("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberRun();

    // 11 digits starting 1[3-9], optionally after a +86 / 0086 / 86 country prefix, not inside a longer run.
    [GeneratedRegex(
        "(?<![0-9])(?<prefix>(?:\\+|00)?86[ -]?)?(?<number>1[3-9][0-9]{9})(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex MobileRun();
}
