using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Registry;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;
using TalentHukou.Testing;
using static TalentHukou.Api.Tests.OpenApi.DeclaredFieldRules;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// The closed sets of request fields: a handler reads an enum field through the set the field declares
/// (<see cref="WireValuesAttribute"/>), and that validator and the document's enum accept exactly the same values.
/// </summary>
public class EnumFieldRuleTests
{
    /// <summary>(type, JSON field name) of every request field declaring a C# enum as its closed set.</summary>
    public static TheoryData<string, string> EnumFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in RequestTypes)
            foreach (var property in type.GetProperties())
                if (FieldRules.On<WireValuesAttribute>(property).SingleOrDefault() is { Source.IsEnum: true } values
                    && values is { Member: null, AsDeclared: false })
                    data.Add(type.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
        return data;
    }

    [Fact]
    public void EnumFields_AcrossTheRequestTypes_Found() =>
        Assert.Contains(EnumFields(), row => (string)row[0] == "EmployerRequestBody" && (string)row[1] == "action");

    [Theory]
    [MemberData(nameof(EnumFields))]
    public void EnumField_EachValue_ValidatorAndSchemaAgree(string type, string field)
    {
        var source = FieldRules.DeclaredValues(TypeNamed(type), field).Source;
        var schema = EnumSchemaOf(type, field);
        var values = schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Equal(Enum.GetNames(source).Select(JsonNamingPolicy.KebabCaseLower.ConvertName), values);
        Assert.True(schema[OpenApiEnums.ExtensibleKeyword]?.GetValue<bool>(), $"{type}.{field} is not open");
        foreach (var value in values)
            Assert.True(Accepted(type, field, source, value), $"{type}.{field}: the validator refuses {value}");
        foreach (var value in new[] { "unknown", values[0].ToUpperInvariant(), " " + values[0], "" })
            Assert.False(Accepted(type, field, source, value), $"{type}.{field}: the validator accepts '{value}'");
    }

    /// <summary>Each handler's <c>OneOf&lt;TBody, T&gt;</c> names a field that declares exactly that enum.</summary>
    [Fact]
    public void HandlerCalls_EachOneOf_ReadsTheDeclaredSet()
    {
        var call = new Regex(@"\.OneOf<(\w+), (\w+)>\(""([^""]+)""");
        var api = typeof(BodyValidator).Assembly;
        var source = Path.Combine(TestEnvironment.RepoRoot, "functions", "TalentHukou.Api");
        var calls = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => call.Matches(File.ReadAllText(f))).ToList();
        Assert.True(calls.Count >= 6, $"only {calls.Count} calls found");
        foreach (var match in calls)
        {
            var body = api.GetTypes().Single(t => t.Name == match.Groups[1].Value);
            Assert.Equal(match.Groups[2].Value, FieldRules.DeclaredValues(body, match.Groups[3].Value).Source.Name);
        }
    }

    [Fact]
    public void OneOf_FieldDeclaringAnotherSet_ThrowsRatherThanGuess() =>
        Assert.Throws<InvalidOperationException>(() =>
            new BodyValidator().OneOf<EmployerRequestBody, EmployerKind>("action", "add"));

    private static bool Accepted(string type, string field, Type source, string value)
    {
        var validator = new BodyValidator();
        typeof(BodyValidator).GetMethod(nameof(BodyValidator.OneOf))!.MakeGenericMethod(TypeNamed(type), source)
            .Invoke(validator, [field, value]);
        return validator.IsValid;
    }

    private static JsonObject EnumSchemaOf(string type, string field)
    {
        var node = (JsonNode)SchemaOf(type, field)!;
        if (node["anyOf"] is JsonArray any) node = any.First(s => s?["$ref"] is not null)!;
        var name = node["$ref"]!.GetValue<string>().Split('/')[^1];
        return Document["components"]!["schemas"]![name]!.AsObject();
    }
}
