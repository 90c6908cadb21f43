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

    /// <summary>The values the parameter takes (an <c>enum</c>); any other is refused.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary><c>true</c> or <c>false</c>, absent reading as false.</summary>
    public bool IsFlag { get; init; }

    /// <summary>What the parameter means, Chinese then English, shown in the document.</summary>
    public string Description { get; init; } = "";

    public static implicit operator QueryParameter(string name) => new(name);

    public static QueryParameter FromName(string name) => new(name);

    /// <summary>An integer from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static QueryParameter Integer(string name, int minimum, int maximum) =>
        new(name) { Minimum = minimum, Maximum = maximum };

    /// <summary>A date, yyyy-MM-dd.</summary>
    public static QueryParameter Date(string name) => new(name) { Format = FieldFormats.Date };

    /// <summary>Free text of at most <paramref name="maxLength"/> code points.</summary>
    public static QueryParameter Text(string name, int maxLength, string words) =>
        new(name) { MaxLength = maxLength, Description = words };

    /// <summary>One of <paramref name="values"/>, as <see cref="QueryReader.OneOf{T}"/> reads it.</summary>
    public static QueryParameter OneOf(string name, IEnumerable<string> values, string words) =>
        new(name) { Values = [.. values], Description = words };

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static QueryParameter Flag(string name, string words) =>
        new(name) { IsFlag = true, Description = words };

    public JsonObject Schema()
    {
        if (IsFlag) return new JsonObject { ["type"] = "boolean", ["default"] = false };
        var schema = new JsonObject { ["type"] = Minimum is null && Maximum is null ? "string" : "integer" };
        if (Values is not null) schema["enum"] = new JsonArray([.. Values.Select(v => (JsonNode)v)]);
        if (Format is not null) schema["format"] = Format;
        if (MaxLength is not null) schema["maxLength"] = MaxLength;
        if (Minimum is not null) schema["minimum"] = Minimum;
        if (Maximum is not null) schema["maximum"] = Maximum;
        if (Default is not null) schema["default"] = Default;
        return schema;
    }
}

/// <summary>
/// The paging parameters of the list routes, declared once: the work queues and the public lists take up to 100 items a
/// page (20 by default), the staff list and the ops lists more; the ops instance list's token is longer.
/// </summary>
public static class Paging
{
    public static readonly QueryParameter PageSize = Size(100, 20);
    public static readonly QueryParameter StaffPageSize = Size(100, 50);
    public static readonly QueryParameter OpsPageSize = Size(200, 50);
    public static readonly QueryParameter ContinuationToken = Token(2000);
    public static readonly QueryParameter OpsInstancesContinuationToken = Token(4000);

    /// <summary>The business dates a list is filtered by (yyyy-MM-dd, China Standard Time), both included.</summary>
    public static readonly QueryParameter From = QueryParameter.Date("from") with
    {
        Description = "起始日期（含）。yyyy-MM-dd, a business date in China Standard Time, included.",
    };

    public static readonly QueryParameter To = QueryParameter.Date("to") with
    {
        Description = "截止日期（含）。yyyy-MM-dd, a business date in China Standard Time, included.",
    };

    private static QueryParameter Size(int maximum, int @default) =>
        QueryParameter.Integer("pageSize", 1, maximum) with
        {
            Default = @default,
            Description = $"每页条数。Items per page, 1 to {maximum} ({@default} if left out).",
        };

    private static QueryParameter Token(int maxLength) =>
        new("continuationToken")
        {
            MaxLength = maxLength,
            Description = "翻页游标。The previous page's continuationToken, opaque; leave out for the first page.",
        };
}
