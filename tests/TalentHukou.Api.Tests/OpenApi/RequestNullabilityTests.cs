using System.Text.Json;
using System.Text.Json.Nodes;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using static TalentHukou.Api.Tests.OpenApi.DeclaredFieldRules;

namespace TalentHukou.Api.Tests.OpenApi;

/// <summary>
/// Null only where null is a real value (ADR 0028): a request field the document lets be null is one the validator
/// treats as optional (null reads as left out), never a required one.
/// </summary>
public class RequestNullabilityTests
{
    [Fact]
    public void RequestFields_NullableInTheDocument_OnlyWhenOptional()
    {
        var schemas = Document["components"]!["schemas"]!;
        var checkedFields = 0;
        var wrong = new List<string>();
        foreach (var type in RequestTypes)
        {
            if (schemas[SchemaName(type)] is not JsonObject schema) continue; // forms, path parameters
            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var property in type.GetProperties())
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (schema["properties"]?[name] is not { } field) continue;
                checkedFields++;
                var optional = FieldRules.On<OptionalFieldAttribute>(property).Count > 0 || type.GetConstructors()
                    .SelectMany(c => c.GetParameters()).Any(p => p.Name == property.Name && p.HasDefaultValue);
                if (OpenApiExampleTests.IsNullable(field) && (!optional || required.Contains(name)))
                    wrong.Add($"{type.Name}.{name} may be null but is required");
                if (!optional && !required.Contains(name)) wrong.Add($"{type.Name}.{name} is required but not listed");
            }
        }
        Assert.True(checkedFields >= 60, $"only {checkedFields} request fields found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
