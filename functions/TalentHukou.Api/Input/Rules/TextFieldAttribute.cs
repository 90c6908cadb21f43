using System.Text.Json.Nodes;

namespace TalentHukou.Api.Input;

/// <summary>
/// Free text: trimmed, then <see cref="MinLength"/> to <see cref="MaxLength"/> code points
/// (<see cref="Domain.Text.TextLength"/>), with no control character; required unless the field is optional.
/// Validated by <see cref="BodyValidator.Text{TBody}"/> (or <c>RegistryName</c>, <c>Decision</c>). A minimum of 0 is
/// only for a field that may be empty (a reason needed on rejection only).
/// </summary>
public sealed class TextFieldAttribute(int minLength, int maxLength) : FieldRuleAttribute
{
    public int MinLength { get; } = minLength;

    public int MaxLength { get; } = maxLength;

    public override void Describe(JsonObject schema)
    {
        if (MinLength > 0) schema["minLength"] = MinLength;
        schema["maxLength"] = MaxLength;
    }
}
