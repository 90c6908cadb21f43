using System.Text.Json.Nodes;

namespace TalentHukou.Api.Input;

/// <summary>
/// A query parameter a route reads, with its rule: <see cref="QueryReader"/> validates by it and the OpenAPI document
/// describes it (<c>minimum</c>, <c>maximum</c>, <c>default</c>, <c>maxLength</c>, <c>format</c>, <c>required</c>), so
/// the numbers are written once (ADR 0028). A plain name (a string converts) states no rule in the document.
/// </summary>
public sealed record QueryParameter(string Name)
{
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }

    /// <summary>The value an absent integer parameter reads as.</summary>
    public int? Default { get; init; }

    /// <summary>In code points, as JSON Schema counts.</summary>
    public int? MaxLength { get; init; }

    public string? Format { get; init; }
    public bool Required { get; init; }

    public static implicit operator QueryParameter(string name) => new(name);

    public static QueryParameter FromName(string name) => new(name);

    /// <summary>An integer from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static QueryParameter Integer(string name, int minimum, int maximum) =>
        new(name) { Minimum = minimum, Maximum = maximum };

    /// <summary>A date, yyyy-MM-dd.</summary>
    public static QueryParameter Date(string name) => new(name) { Format = FieldFormats.Date };

    public JsonObject Schema()
    {
        var schema = new JsonObject { ["type"] = Minimum is null && Maximum is null ? "string" : "integer" };
        if (Format is not null) schema["format"] = Format;
        if (MaxLength is not null) schema["maxLength"] = MaxLength;
        if (Minimum is not null) schema["minimum"] = Minimum;
        if (Maximum is not null) schema["maximum"] = Maximum;
        if (Default is not null) schema["default"] = Default;
        return schema;
    }
}

/// <summary>The paging parameters of the list routes.</summary>
public static class Paging
{
    /// <summary>
    /// How many items a page holds: 1 to <paramref name="maximum"/>, <paramref name="default"/> if absent.
    /// </summary>
    public static QueryParameter PageSize(int maximum, int @default) =>
        QueryParameter.Integer("pageSize", 1, maximum) with { Default = @default };

    /// <summary>The previous page's <c>continuationToken</c>, opaque.</summary>
    public static QueryParameter ContinuationToken(int maxLength = 2000) =>
        new("continuationToken") { MaxLength = maxLength };
}
