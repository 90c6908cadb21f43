namespace TalentHukou.Api.OpenApi;

/// <summary>
/// The stable name of a body type's component schema in <c>openapi.json</c>, when it must differ from the C# type name
/// (a rename of the type then keeps the contract). Without it the schema is named after the type.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class SchemaNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
