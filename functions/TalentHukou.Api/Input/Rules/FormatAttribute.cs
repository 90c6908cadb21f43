using System.Text.Json.Nodes;

namespace TalentHukou.Api.Input;

/// <summary>
/// A JSON Schema <c>format</c> the field's validator enforces: <c>date</c> (yyyy-MM-dd, <see cref="FieldFormats"/>),
/// <c>email</c> (with <see cref="Domain.Identity.EmailAddress"/>'s length), <c>date-time</c> or <c>uri</c>.
/// </summary>
public sealed class FormatAttribute(string format) : FieldRuleAttribute
{
    public string Format { get; } = format;

    public override void Describe(JsonObject schema)
    {
        schema["format"] = Format;
        if (Format == FieldFormats.Email) schema["maxLength"] = Domain.Identity.EmailAddress.MaximumLength;
    }
}

/// <summary>The formats the API's validators enforce.</summary>
public static class FieldFormats
{
    public const string Date = "date";
    public const string Email = "email";
}
