using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Identity;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Each schema's example satisfies that schema (types, required, enums, formats), with valid check characters.
/// </summary>
public class OpenApiExampleTests
{
    private static readonly JsonObject Schemas =
        OpenApiDocumentBuilder.Build(ApiRouteTable.All)["components"]!["schemas"]!.AsObject();

    /// <summary>Every named object schema: every request and response body and each type nested in one.</summary>
    public static TheoryData<string> BodySchemas =>
        [.. Schemas.Where(s => s.Value!["type"]?.GetValue<string>() == "object").Select(s => s.Key)];

    [Theory]
    [MemberData(nameof(BodySchemas))]
    public void OpenApiExample_EveryBodySchema_HasOneValidAgainstIt(string schema)
    {
        var examples = Assert.IsType<JsonArray>(Schemas[schema]!["examples"], exactMatch: false);
        var errors = new List<string>();
        Validate(examples.Single(), new JsonObject { ["$ref"] = "#/components/schemas/" + schema }, "$", errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Every named schema (bodies, nested types, enums): a description in Chinese and in English.</summary>
    [Fact]
    public void OpenApiSchemas_EveryNamedSchema_DescribedInChineseAndEnglish()
    {
        var undescribed = Schemas.Where(s => !IsBilingual(s.Value!["description"]?.GetValue<string>()))
            .Select(s => s.Key).ToList();
        Assert.True(undescribed.Count == 0,
            "Without a Chinese and English description: " + string.Join(", ", undescribed));
    }

    /// <summary>
    /// Every body property a front end cannot read from its name and type alone says what it holds, in Chinese and
    /// English: one that may be null, an id or a token, or personal data (in clear or masked).
    /// </summary>
    [Fact]
    public void OpenApiSchemas_NullableIdOrPersonalFields_DescribedInChineseAndEnglish()
    {
        string[] personal = ["name", "idNumber", "phone", "email", "contact", "maskedName", "applicantName"];
        var undescribed = new List<string>();
        foreach (var (schema, node) in Schemas.Where(s => s.Value!["properties"] is JsonObject))
            foreach (var (field, property) in node!["properties"]!.AsObject())
            {
                var needsWords = IsNullable(property!) || field == "id" || Regex.IsMatch(field, "(Id|Ids|Token)$")
                    || personal.Contains(field) || field.StartsWith("contact", StringComparison.Ordinal);
                if (needsWords && !IsBilingual(property!["description"]?.GetValue<string>()))
                    undescribed.Add($"{schema}.{field}");
            }
        Assert.True(undescribed.Count == 0,
            "Without a Chinese and English description: " + string.Join(", ", undescribed));
    }

    [Fact]
    public void OpenApiSchemas_DescriptionRule_TellsNullableAndBilingual()
    {
        Assert.True(IsNullable(JsonNode.Parse("""{ "type": ["string", "null"] }""")!));
        Assert.True(IsNullable(JsonNode.Parse("""{ "anyOf": [{ "$ref": "#/x" }, { "type": "null" }] }""")!));
        Assert.False(IsNullable(JsonNode.Parse("""{ "type": "string" }""")!));
        Assert.False(IsBilingual("English only"));
        Assert.True(IsBilingual("原因。Why."));
    }

    internal static bool IsNullable(JsonNode property) =>
        (property["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
        || (property["anyOf"] is JsonArray any && any.Any(s => s?["type"]?.GetValue<string>() == "null"));

    private static bool IsBilingual(string? words) =>
        words is not null && words.Any(c => c is >= '\u4e00' and <= '\u9fff') && words.Any(char.IsAsciiLetter);

    [Fact]
    public void OpenApiExample_SchemaValidator_RefusesAWrongExample()
    {
        var errors = new List<string>();
        var wrong = JsonNode.Parse("""{ "applicationId": 1, "stage": "unknown-stage", "route": {} }""");
        Validate(wrong, new JsonObject { ["$ref"] = "#/components/schemas/ApplicationAccepted" }, "$", errors);
        Assert.Contains(errors, e => e.StartsWith("$.applicationId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown-stage", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("misses level", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenApiExample_IdentityNumbers_CarryValidCheckCharacters()
    {
        string[] idNumbers =
            [OpenApiExamples.IdNumber, OpenApiExamples.UnitAdminIdNumber, OpenApiExamples.TicketIdNumber];
        foreach (var idNumber in idNumbers)
            Assert.True(ResidentIdNumber.Parse(idNumber, new DateOnly(2026, 1, 1)).IsValid, idNumber);
        Assert.True(CreditCode.Parse(OpenApiExamples.CreditCode).IsValid);
        Assert.True(MobilePhone.Parse(OpenApiExamples.Phone).IsValid);
    }

    /// <summary>
    /// A small JSON Schema check, independent of the API's own code: lengths in code points counted as UTF-32, patterns
    /// as ECMAScript regular expressions matching the whole value.
    /// </summary>
    internal static void Validate(JsonNode? value, JsonNode? schema, string at, List<string> errors)
    {
        if (schema is not JsonObject s) return;
        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            Validate(value, Schemas[reference[(reference.LastIndexOf('/') + 1)..]], at, errors);
            return;
        }
        if (s["anyOf"] is JsonArray branches)
        {
            if (!branches.Any(b => { var e = new List<string>(); Validate(value, b, at, e); return e.Count == 0; }))
                errors.Add($"{at}: matches no anyOf branch");
            return;
        }
        var types = s["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue v => [v.GetValue<string>()],
            _ => null
        };
        var kind = KindOf(value);
        if (types is not null && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{at}: {kind} where the schema says {string.Join("|", types)}");
            return;
        }
        if (s["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
            errors.Add($"{at}: {value?.ToJsonString()} is not among {values.ToJsonString()}");
        if (value is JsonValue text
            && kind == "string"
            && s["format"]?.GetValue<string>() is { } format
            && !Formatted(text.GetValue<string>(), format))
            errors.Add($"{at}: {text} is not a {format}");
        if (value is JsonValue chars && kind == "string") Constrained(chars.GetValue<string>(), s, at, errors);
        if (value is JsonObject obj)
        {
            foreach (var name in s["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                if (!obj.ContainsKey(name)) errors.Add($"{at}: misses {name}");
            foreach (var (name, child) in obj)
                Validate(child, s["properties"]?[name] ?? s["additionalProperties"], $"{at}.{name}", errors);
        }
        if (value is JsonArray array)
            for (var i = 0; i < array.Count; i++) Validate(array[i], s["items"], $"{at}[{i}]", errors);
    }

    private static void Constrained(string text, JsonObject s, string at, List<string> errors)
    {
        var codePoints = System.Text.Encoding.UTF32.GetByteCount(text) / 4;
        if (s["minLength"]?.GetValue<int>() is { } min && codePoints < min) errors.Add($"{at}: shorter than {min}");
        if (s["maxLength"]?.GetValue<int>() is { } max && codePoints > max) errors.Add($"{at}: longer than {max}");
        if (s["pattern"]?.GetValue<string>() is { } pattern && !FullMatch(text, pattern))
            errors.Add($"{at}: does not match {s["pattern"]}");
    }

    private static bool FullMatch(string text, string pattern) =>
        Regex.Match(text, pattern, RegexOptions.ECMAScript) is { Success: true } match && match.Length == text.Length;

    private static string KindOf(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
    };

    private static bool Formatted(string text, string format) => format switch
    {
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };
}
