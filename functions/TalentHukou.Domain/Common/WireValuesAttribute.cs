using TalentHukou.Domain.Common;
namespace TalentHukou.Domain.Common;

/// <summary>
/// Says a string field (or each string of a list field) holds one of a closed set of wire values owned by a type, so
/// the API's OpenAPI document shows the set as a named enum schema generated from that type: a C# enum (its kebab-case
/// wire names, or its names as declared with <see cref="AsDeclared"/>), a class of <c>const string</c> values, or, with
/// <see cref="Member"/>, a static list of strings or a dictionary's keys. Metadata only: it validates nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class WireValuesAttribute(Type source) : Attribute
{
    public Type Source { get; } = source;

    /// <summary>
    /// A static property or field of <see cref="Source"/> holding the values (list) or as keys (dictionary).
    /// </summary>
    public string? Member { get; init; }

    /// <summary>The enum schema's name when the source type's name does not say it (e.g. <c>District</c>).</summary>
    public string? Schema { get; init; }

    /// <summary>An enum written with its C# names (<c>ToString()</c>), not kebab-case.</summary>
    public bool AsDeclared { get; init; }
}
