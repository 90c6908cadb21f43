using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TalentHukou.Api.Input;

/// <summary>
/// The shape of a field as a regular expression (ECMA-262 as JSON Schema's <c>pattern</c>, anchored with <c>^…$</c>),
/// checked by <see cref="BodyValidator.Matches{TBody}"/> or, for a domain value, by the domain type the pattern
/// comes from (<see cref="FieldPatterns"/>).
/// </summary>
public sealed class PatternAttribute(string pattern) : FieldRuleAttribute
{
    public string Pattern { get; } = pattern;

    /// <summary>The whole value matches (a trailing newline too, which .NET's <c>$</c> would let through).</summary>
    public bool Matches(string value) =>
        Regex.Match(value, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) is { Success: true } match
        && match.Length == value.Length;

    public override void Describe(JsonObject schema) => schema["pattern"] = Pattern;
}
