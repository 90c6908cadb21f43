using System.Text.Json.Nodes;

namespace TalentHukou.Api.Input;

/// <summary>
/// A rule of a request field, declared on the body record's property or constructor parameter: the handler validates
/// the field by the declared rule (through <see cref="BodyValidator"/> or the domain type the rule names) and the
/// OpenAPI document describes the field's schema from the same declaration, so the numbers are written once (ADR 0028).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = true)]
public abstract class FieldRuleAttribute : Attribute
{
    /// <summary>Adds the rule's keywords (<c>minLength</c>, <c>pattern</c>, <c>format</c>…) to the field's schema.
    /// </summary>
    public abstract void Describe(JsonObject schema);
}
