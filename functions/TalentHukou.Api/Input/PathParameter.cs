using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentHukou.Api.Problems;

namespace TalentHukou.Api.Input;

/// <summary>
/// A path parameter's rule, declared once in <see cref="PathParameters"/>: the pipeline checks every route's
/// parameters by it before the handler runs, and the OpenAPI document shows the same <c>pattern</c>,
/// <c>maxLength</c> or <c>minimum</c>/<c>maximum</c> (ADR 0031). An id of another shape names nothing, so it answers
/// its resource's 404 (<see cref="Refusal"/>), as the stores did before; a value that is not an id answers 400.
/// </summary>
public sealed record PathParameter(string Name)
{
    private Regex? regex;

    public string? Pattern { get; init; }
    public int? MaxLength { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }

    /// <summary>What a value outside the rule answers; a 400 names the parameter, never the value.</summary>
    public ProblemType Refusal { get; init; } = ProblemTypes.ValidationFailed;

    public string Description { get; init; } = "";

    /// <summary>An id of a stored resource: its shape, and the 404 a value of another shape gets.</summary>
    public static PathParameter Id(string name, string pattern, int maxLength, ProblemType notFound, string words) =>
        new(name) { Pattern = pattern, MaxLength = maxLength, Refusal = notFound, Description = words };

    public bool Accepts(string value)
    {
        if (MaxLength is { } max && Domain.Text.TextLength.Of(value) > max) return false;
        if (Minimum is not null || Maximum is not null)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= (Minimum ?? int.MinValue) && number <= (Maximum ?? int.MaxValue);
        regex ??= Pattern is null ? null : new Regex(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return value.Length > 0 && (regex is null || regex.IsMatch(value));
    }

    /// <summary>The problem for a value this rule refuses.</summary>
    public ProblemException Refuse()
    {
        var shape = Minimum is not null ? $"be an integer from {Minimum} to {Maximum}" : $"match {Pattern}";
        var chinese = Minimum is null ? "格式无效" : $"应为{Minimum}到{Maximum}之间的整数";
        return Refusal.Status == 400
            ? new ProblemException(Refusal, $"Path parameter '{Name}' must {shape}.",
                new Dictionary<string, string[]> { [Name] = [chinese] })
            : new ProblemException(Refusal, $"Nothing has this {Name}: a {Name} must {shape}.");
    }

    public JsonObject Schema()
    {
        var schema = new JsonObject { ["type"] = Minimum is null ? "string" : "integer" };
        if (Pattern is not null) schema["pattern"] = Pattern;
        if (MaxLength is not null) schema["maxLength"] = MaxLength;
        if (Minimum is not null) schema["minimum"] = Minimum;
        if (Maximum is not null) schema["maximum"] = Maximum;
        return schema;
    }
}
