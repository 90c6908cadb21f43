using System.Text.RegularExpressions;
using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>Fills the placeholders of one template line from named values.</summary>
internal static partial class TemplateText
{
    public static string Fill(string text, IReadOnlyDictionary<string, string> values, NotificationKind kind) =>
        Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (!values.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"The {kind} template needs the value '{name}'.", nameof(values));
            }

            var choices = match.Groups["choice"].Captures;
            if (choices.Count == 0)
            {
                return TalentHukou.Domain.Privacy.PersonalDataScrubber.Scrub(value);
            }

            foreach (Capture choice in choices)
            {
                var separator = choice.Value.IndexOf('=');
                if (string.Equals(choice.Value[..separator], value, StringComparison.OrdinalIgnoreCase))
                {
                    return choice.Value[(separator + 1)..];
                }
            }

            var allowed = string.Join(", ", choices.Select(c => c.Value[..c.Value.IndexOf('=')]));
            throw new ArgumentException(
                $"The {kind} template's value '{name}' must be one of: {allowed}.", nameof(values));
        });

    public static IEnumerable<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?:\|(?<choice>[A-Za-z][A-Za-z0-9]*=[^|{}]*))*\}")]
    private static partial Regex Placeholder();
}
