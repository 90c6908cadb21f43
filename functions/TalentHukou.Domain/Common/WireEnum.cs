using System.Text.Json;

namespace TalentHukou.Domain.Common;

/// <summary>
/// Enum values as the contract spells them on the wire (kebab-case: <c>public-institution</c>, <c>sasac-soe</c>).
/// </summary>
public static class WireEnum<T> where T : struct, Enum
{
    public static IReadOnlyDictionary<string, T> ByName { get; } =
        Enum.GetValues<T>().ToDictionary(
            v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);

    public static string Name(T value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
