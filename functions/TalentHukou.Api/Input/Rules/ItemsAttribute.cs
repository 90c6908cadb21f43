using System.Text.Json.Nodes;

namespace TalentHukou.Api.Input;

/// <summary>
/// A list of <see cref="MinItems"/> to <see cref="MaxItems"/> entries (<c>minItems</c>/<c>maxItems</c>), validated
/// by <see cref="BodyValidator.Items{TBody}"/>. With <see cref="EachMinItems"/>/<see cref="EachMaxItems"/>, each
/// entry is itself a list of that many (the calendar's <c>[from, to]</c> ranges).
/// </summary>
public sealed class ItemsAttribute(int minItems, int maxItems) : FieldRuleAttribute
{
    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    public int EachMinItems { get; init; }

    public int EachMaxItems { get; init; }

    public override void Describe(JsonObject schema)
    {
        if (MinItems > 0) schema["minItems"] = MinItems;
        schema["maxItems"] = MaxItems;
        if (EachMaxItems > 0 && schema["items"] is JsonObject each)
        {
            each["minItems"] = EachMinItems;
            each["maxItems"] = EachMaxItems;
        }
    }
}

/// <summary>
/// A consent that must be given: the field is <c>true</c> (<c>enum: [true]</c>, which every OpenAPI reader takes), by
/// <see cref="BodyValidator.Consent{TBody}"/>; anything else is refused.
/// </summary>
public sealed class ConsentAttribute : FieldRuleAttribute
{
    public override void Describe(JsonObject schema) => schema["enum"] = new JsonArray(true);
}
