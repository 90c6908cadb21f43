namespace TalentHukou.Api.OpenApi;

/// <summary>
/// Says a string field (or each string of a list field) holds one of a closed set of wire values owned by a domain
/// type, so <c>openapi.json</c> documents the set as a named enum schema generated from that type: a C# enum (its
/// kebab-case wire names), a class of <c>const string</c> values, or, with <see cref="Member"/>, a static list of
/// strings or a dictionary's keys. See <see cref="OpenApiEnums"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class WireValuesAttribute(Type source) : Attribute
{
    public Type Source { get; } = source;

    /// <summary>A static property or field of <see cref="Source"/> holding the values (list) or as keys (dictionary).</summary>
    public string? Member { get; init; }

    /// <summary>The enum schema's name when the source type's name does not say it (e.g. <c>District</c>).</summary>
    public string? Schema { get; init; }
}
