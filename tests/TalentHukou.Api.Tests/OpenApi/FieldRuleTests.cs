using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Identity;
using TalentHukou.Testing;
using static TalentHukou.Api.Tests.OpenApi.DeclaredFieldRules;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Walks every rule the request types declare: the generated document carries its numbers, patterns and formats, and
/// the validator the handlers call and the schema (checked by an evaluator independent of the API's code) accept and
/// refuse the same values at the boundaries. Strings are made of 𠀀 (U+20000, outside the BMP): one character to a
/// person and to JSON Schema, two UTF-16 units to C#.
/// </summary>
public class FieldRuleTests
{
    private const string Rare = "𠀀";
    private const string Id = OpenApiExamples.IdNumber;
    private const string Code = OpenApiExamples.CreditCode;
    private static readonly DateOnly Today = new(2026, 3, 5);

    public static TheoryData<string, string> TextFields => Fields<TextFieldAttribute>();
    public static TheoryData<string, string> PatternFields => Fields<PatternAttribute>();
    public static TheoryData<string, string> NameFields => Fields<PersonNameFieldAttribute>();
    public static TheoryData<string, string> FormatFields => Fields<FormatAttribute>();

    /// <summary>Values of each pattern's shape and values just outside it.</summary>
    private static readonly Dictionary<string, (string Value, bool Valid)[]> ShapeProbes = new()
    {
        [FieldPatterns.IdNumber] = [(Id, true), (Id[..17], false), (Id + "0", false), (Id[..17] + "A", false),
            ("A" + Id[1..], false)],
        [FieldPatterns.CreditCode] = [(Code, true), (Code[..17], false), (Code + "0", false), ("B" + Code[1..], false),
            (Code[..8] + "I" + Code[9..], false)],
        [FieldPatterns.MobilePhone] = [("13800138000", true), ("19912345678", true), ("12800138000", false),
            ("1380013800", false), ("138001380000", false)],
        [FieldPatterns.SmsCode] = [("012345", true), ("12345", false), ("1234567", false), ("12345a", false),
            ("１２３４５６", false)],
        [FieldPatterns.CertificateNo] = [("1055842024000123", true), ("AB12", true), ("AB-12", false), ("ＡＢ12", false),
            (Rare + "12", false)],
        [FieldPatterns.VerificationId] = [("CV" + new string('a', 32), true), ("CV" + new string('a', 31), false),
            ("CV" + new string('A', 32), false), ("V20260305T020102S233B7C9", false)],
        [FieldPatterns.BusinessKey] = [("A20260305T021533S412C3F1", true), ("GZRH:2026-0001_x", true), ("a b", false),
            ("a/b", false)],
    };

    [Fact]
    public void DeclaredRules_AcrossTheRequestTypes_AllKindsFound()
    {
        Assert.True(TextFields.Count >= 25, $"{TextFields.Count} text fields");
        Assert.True(PatternFields.Count >= 12, $"{PatternFields.Count} pattern fields");
        Assert.NotEmpty(NameFields);
        Assert.NotEmpty(FormatFields);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void TextField_AtItsLengthBoundaries_ValidatorAndSchemaAgree(string type, string field)
    {
        var rule = Rule<TextFieldAttribute>(type, field);
        // The staff subject is a path parameter: PathParameterTests hold its document schema.
        var schema = type == nameof(Admin.StaffSubject)
            ? Describe(rule) : Assert.IsType<JsonObject>(SchemaOf(type, field));
        Assert.Equal(rule.MaxLength, schema["maxLength"]?.GetValue<int>());
        Assert.Equal(rule.MinLength > 0 ? rule.MinLength : null, schema["minLength"]?.GetValue<int>());
        var lengths = new JsonObject
        {
            ["minLength"] = schema["minLength"]?.DeepClone(),
            ["maxLength"] = schema["maxLength"]!.DeepClone(),
        };
        var probes = new[] { rule.MinLength - 1, rule.MinLength, rule.MaxLength, rule.MaxLength + 1 };
        foreach (var length in probes.Where(l => l >= 0))
        {
            var value = string.Concat(Enumerable.Repeat(Rare, length));
            var inRange = length >= rule.MinLength && length <= rule.MaxLength;
            Assert.True(inRange == TextAccepted(type, field, rule, value), $"{type}.{field}: validator at {length}");
            Assert.True(inRange == SchemaAccepts(lengths, value), $"{type}.{field}: the schema at {length}");
        }
    }

    [Theory]
    [MemberData(nameof(PatternFields))]
    public void PatternField_ShapeProbes_ValidatorAndSchemaAgree(string type, string field)
    {
        var rule = Rule<PatternAttribute>(type, field);
        var schema = Assert.IsType<JsonObject>(SchemaOf(type, field));
        Assert.Equal(rule.Pattern, schema["pattern"]?.GetValue<string>());
        foreach (var (value, valid) in ShapeProbes[rule.Pattern])
        {
            Assert.True(valid == PatternAccepted(type, field, rule, value), $"{type}.{field}: validator on {value}");
            var pattern = new JsonObject { ["pattern"] = rule.Pattern };
            Assert.True(valid == SchemaAccepts(pattern, value), $"{type}.{field}: the schema on {value}");
        }
    }

    [Theory]
    [MemberData(nameof(NameFields))]
    public void PersonNameField_AtItsLengthBoundaries_DomainAndSchemaAgree(string type, string field)
    {
        var schema = Assert.IsType<JsonObject>(SchemaOf(type, field));
        Assert.Equal(PersonName.MinimumLength, schema["minLength"]?.GetValue<int>());
        Assert.Equal(PersonName.MaximumLength, schema["maxLength"]?.GetValue<int>());
        const int Min = PersonName.MinimumLength, Max = PersonName.MaximumLength;
        foreach (var length in new[] { Min - 1, Min, Max, Max + 1 })
        {
            var value = string.Concat(Enumerable.Repeat(Rare, length));
            var inRange = length is >= PersonName.MinimumLength and <= PersonName.MaximumLength;
            Assert.True(inRange == PersonName.Parse(value).IsValid, $"{type}.{field}: the domain at {length}");
            Assert.True(inRange == SchemaAccepts(schema, value), $"{type}.{field}: the schema at {length}");
        }
    }

    [Theory]
    [MemberData(nameof(FormatFields))]
    public void FormatField_Probes_ValidatorAndSchemaAgree(string type, string field)
    {
        var rule = Rule<FormatAttribute>(type, field);
        var schema = Assert.IsType<JsonObject>(SchemaOf(type, field));
        Assert.Equal(rule.Format, schema["format"]?.GetValue<string>());
        if (rule.Format == FieldFormats.Email)
        {
            Assert.Equal(EmailAddress.MaximumLength, schema["maxLength"]?.GetValue<int>());
            const string Domain = "@example.com";
            foreach (var length in new[] { EmailAddress.MaximumLength, EmailAddress.MaximumLength + 1 })
            {
                var value = string.Concat(Enumerable.Repeat(Rare, length - Domain.Length)) + Domain;
                var inRange = length <= EmailAddress.MaximumLength;
                Assert.True(inRange == EmailAddress.Parse(value).IsValid, $"{type}.{field}: the domain at {length}");
                var maxLength = new JsonObject { ["maxLength"] = schema["maxLength"]!.DeepClone() };
                Assert.True(inRange == SchemaAccepts(maxLength, value), $"{type}.{field}: the schema at {length}");
            }
            return;
        }
        Assert.Equal(FieldFormats.Date, rule.Format);
        var dates = new[] { ("2024-06-30", true), ("2024-6-30", false), ("2024-02-30", false), ("30/06/2024", false) };
        foreach (var (value, valid) in dates)
        {
            var validator = new BodyValidator();
            Invoke(validator, nameof(BodyValidator.Date), type, field, value);
            Assert.True(valid == validator.IsValid, $"{type}.{field}: the validator on {value}");
            Assert.True(valid == SchemaAccepts(schema, value), $"{type}.{field}: the schema on {value}");
        }
    }

    [Fact]
    public void TextField_PaddedControlOrBlank_TrimmedOrRefused()
    {
        var validator = new BodyValidator();
        Assert.Equal(Rare + Rare, validator.Text<ObjectionBody>("reason", "  " + Rare + Rare + "  "));
        Assert.True(validator.IsValid);
        Assert.Null(validator.Text<ObjectionBody>("reason", "ab\u0007cd"));
        Assert.Null(validator.Text<ObjectionBody>("contact", "   "));
        Assert.False(validator.IsValid);
    }

    /// <summary>A handler's call names a field whose rule is read at run time: each one must be declared.</summary>
    [Fact]
    public void HandlerCalls_EachValidatedField_HasItsDeclaredRule()
    {
        var call = new Regex(@"\.(Text|RegistryName|Matches|Date|Decision)<(\w+)>\((?:\$?""([^""]+)"")?");
        var api = typeof(BodyValidator).Assembly;
        var source = Path.Combine(TestEnvironment.RepoRoot, "functions", "TalentHukou.Api");
        var calls = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal))
            .SelectMany(f => call.Matches(File.ReadAllText(f))).Where(m => m.Groups[2].Value != "TBody").ToList();
        Assert.True(calls.Count >= 30, $"only {calls.Count} calls found");
        foreach (var match in calls)
        {
            var body = api.GetTypes().Single(t => t.Name == match.Groups[2].Value);
            var field = match.Groups[1].Value == "Decision" ? "reason" : match.Groups[3].Value;
            _ = match.Groups[1].Value switch
            {
                "Matches" => FieldRules.Declared<PatternAttribute>(body, field),
                "Date" => FieldRules.Declared<FormatAttribute>(body, field),
                _ => (FieldRuleAttribute)FieldRules.Declared<TextFieldAttribute>(body, field),
            };
        }
    }

    [Fact]
    public void FieldRule_NotDeclared_ThrowsRatherThanGuess() =>
        Assert.Throws<InvalidOperationException>(() => new BodyValidator().Text<ObjectionBody>("note", "x"));

    private static JsonObject Describe(FieldRuleAttribute rule)
    {
        var schema = new JsonObject();
        rule.Describe(schema);
        return schema;
    }

    private static bool TextAccepted(string type, string field, TextFieldAttribute rule, string value)
    {
        var validator = new BodyValidator();
        if (rule.MinLength == 0) Invoke(validator, nameof(BodyValidator.Decision), type, true, value);
        else Invoke(validator, nameof(BodyValidator.Text), type, field, value);
        return validator.IsValid;
    }

    private static bool PatternAccepted(string type, string field, PatternAttribute rule, string value) =>
        rule.Pattern switch
        {
            FieldPatterns.IdNumber => ResidentIdNumber.Parse(value, Today).IsValid,
            FieldPatterns.CreditCode => CreditCode.Parse(value).IsValid,
            FieldPatterns.MobilePhone => MobilePhone.Parse(value).IsValid,
            FieldPatterns.VerificationId => Adapters.Sms.Verification.ContactVerificationIds.IsWellFormed(value),
            _ => (bool)Invoke(new BodyValidator(), nameof(BodyValidator.Matches), type, field, value, "", "")!,
        };

    private static object? Invoke(BodyValidator validator, string method, string type, params object?[] arguments) =>
        typeof(BodyValidator).GetMethods().Single(m => m.Name == method && m.IsGenericMethodDefinition)
            .MakeGenericMethod(TypeNamed(type)).Invoke(validator, arguments);

    private static bool SchemaAccepts(JsonObject schema, string value)
    {
        var errors = new List<string>();
        OpenApiExampleTests.Validate(JsonValue.Create(value), schema.DeepClone(), "$", errors);
        return errors.Count == 0;
    }
}
