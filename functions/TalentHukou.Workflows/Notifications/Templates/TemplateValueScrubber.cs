using System.Text.RegularExpressions;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>
/// Masks personal numbers in template values before they reach a notice: an 18-character ID-number-like run
/// becomes <c>4401**********1234</c>, an 11-digit phone-like run <c>138****5678</c>.
/// Stand-in until TalentHukou.Domain.Privacy.PersonalDataScrubber is merged.
/// </summary>
internal static partial class TemplateValueScrubber
{
    public static string Scrub(string value)
    {
        var withoutIds = IdNumberLike().Replace(value, m => string.Concat(m.Value.AsSpan(0, 4), new string('*', 10), m.Value.AsSpan(14)));
        return PhoneLike().Replace(withoutIds, m => string.Concat(m.Value.AsSpan(0, 3), "****", m.Value.AsSpan(7)));
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])")]
    private static partial Regex IdNumberLike();

    [GeneratedRegex(@"(?<![0-9])[0-9]{11}(?![0-9])")]
    private static partial Regex PhoneLike();
}
