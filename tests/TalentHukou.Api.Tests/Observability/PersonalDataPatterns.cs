using System.Text.RegularExpressions;

namespace TalentHukou.Api.Tests.Observability;

/// <summary>
/// Anything shaped like a full resident ID number or a mainland mobile number, not inside a longer run of hex
/// digits or digits (trace and span ids, application ids) where such a shape appears by chance.
/// </summary>
public static partial class PersonalDataPatterns
{
    public static bool LooksLikeIdNumberOrPhone(string text) => Shape().IsMatch(text);

    [GeneratedRegex(@"(?<![0-9a-fA-F])(\d{17}[\dX]|1[3-9]\d{9})(?![0-9a-fA-F])")]
    private static partial Regex Shape();
}
