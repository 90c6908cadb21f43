using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TalentHukou.Api.Input;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Every declared query parameter with a rule (paging, dates, the calendar's <c>add</c>): the document's parameter
/// carries the rule, and the reader the handlers call accepts and refuses the same values at the boundaries.
/// </summary>
public class QueryParameterTests
{
    private const string Rare = "𠀀";

    public static TheoryData<string, string> Declared
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var route in ApiRouteTable.All)
                foreach (var parameter in route.Doc!.Query.Where(HasRule))
                    data.Add(route.Name, parameter.Name);
            return data;
        }
    }

    [Fact]
    public void PagingParameters_OnEveryListRoute_Declared()
    {
        var paging = ApiRouteTable.All.SelectMany(r => r.Doc!.Query)
            .Where(q => q.Name is "pageSize" or "continuationToken").ToList();
        Assert.Equal(14, paging.Count);
        Assert.All(paging, q => Assert.True(HasRule(q), $"{q.Name} states no rule"));
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void QueryParameter_AtItsBoundaries_ReaderAndDocumentAgree(string routeName, string name)
    {
        var route = ApiRouteTable.All.Single(r => r.Name == routeName);
        var parameter = route.Doc!.Query.Single(q => q.Name == name);
        var operation = DeclaredFieldRules.Document["paths"]!["/" + route.Path]![route.Method.ToLowerInvariant()]!;
        var documented = operation["parameters"]!
            .AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
        Assert.Equal(parameter.Required, documented["required"]!.GetValue<bool>());
        var schema = documented["schema"]!.AsObject();
        if (parameter.Minimum is { } min && parameter.Maximum is { } max)
        {
            Assert.Equal("integer", schema["type"]!.GetValue<string>());
            Assert.Equal(min, schema["minimum"]!.GetValue<int>());
            Assert.Equal(max, schema["maximum"]!.GetValue<int>());
            Assert.Equal(parameter.Default, schema["default"]?.GetValue<int>());
            foreach (var value in new[] { min - 1, min, max, max + 1 })
                Assert.True((value >= min && value <= max) == Reads(parameter, Text(value)), $"{name}={value}");
            if (parameter.Default is { } fallback) Assert.Equal(fallback, new QueryReader(Query()).Integer(parameter));
        }
        if (parameter.MaxLength is { } maxLength)
        {
            Assert.Equal(maxLength, schema["maxLength"]!.GetValue<int>());
            Assert.True(Reads(parameter, string.Concat(Enumerable.Repeat(Rare, maxLength))));
            Assert.False(Reads(parameter, string.Concat(Enumerable.Repeat(Rare, maxLength + 1))));
        }
        if (parameter.Format is { } format)
        {
            Assert.Equal(FieldFormats.Date, format);
            Assert.Equal(format, schema["format"]!.GetValue<string>());
            Assert.True(Reads(parameter, "2026-03-05"));
            Assert.False(Reads(parameter, "2026-3-5"));
        }
    }

    [Fact]
    public void QueryParameters_EveryOne_DescribedAndDeclared()
    {
        var all = ApiRouteTable.All.SelectMany(r => r.Doc!.Query).ToList();
        Assert.All(all, q => Assert.False(string.IsNullOrEmpty(q.Description), $"{q.Name} has no words"));
        var signed = new[] { "v", "iat", "exp", "hd", "kid", "sig" };
        Assert.All(all.Where(q => !signed.Contains(q.Name)),
            q => Assert.True(HasRule(q) || q.Values is not null || q.IsFlag, $"{q.Name} states no rule"));
    }

    [Fact]
    public void EnumAndFlagParameters_ReaderAndDocumentAgree()
    {
        var all = ApiRouteTable.All.SelectMany(r => r.Doc!.Query).Distinct().ToList();
        foreach (var q in all.Where(q => q.Values is not null))
        {
            Assert.Equal(q.Values, q.Schema()["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
            Assert.All(q.Values!, value => Assert.True(ReadsOneOf(q, value), $"{q.Name}={value}"));
            Assert.False(ReadsOneOf(q, "no-such-value"), q.Name);
        }
        foreach (var q in all.Where(q => q.IsFlag))
        {
            Assert.Equal("boolean", q.Schema()["type"]!.GetValue<string>());
            Assert.True(ReadsFlag(q, "true") && ReadsFlag(q, "false"), q.Name);
            Assert.False(ReadsFlag(q, "yes"), q.Name);
        }
    }

    private static bool ReadsOneOf(QueryParameter parameter, string value) =>
        Valid(new QueryReader(Query((parameter.Name, value))), r => r.OneOf(parameter));

    private static bool ReadsFlag(QueryParameter parameter, string value) =>
        Valid(new QueryReader(Query((parameter.Name, value))), r => r.Flag(parameter));

    private static bool Valid(QueryReader reader, Action<QueryReader> read)
    {
        read(reader);
        try
        {
            reader.ThrowIfInvalid();
            return true;
        }
        catch (ProblemException)
        {
            return false;
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool HasRule(QueryParameter q) =>
        q.Minimum is not null || q.MaxLength is not null || q.Format is not null;

    private static bool Reads(QueryParameter parameter, string value)
    {
        var reader = new QueryReader(Query((parameter.Name, value)));
        _ = parameter.Minimum is not null ? reader.Integer(parameter)
            : parameter.Format is not null ? reader.Date(parameter) : (object?)reader.Text(parameter);
        try
        {
            reader.ThrowIfInvalid();
            return true;
        }
        catch (ProblemException)
        {
            return false;
        }
    }

    private static QueryCollection Query(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}
