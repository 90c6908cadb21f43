using System.Text.RegularExpressions;

namespace TalentHukou.SmsGateway;

/// <summary>A mainland mobile number as the vendor accepts it: +86, 0086, 86 or nothing before 11 digits.</summary>
public static partial class MainlandNumber
{
    /// <summary>The 11 digits, or null when it is not a mainland mobile number.</summary>
    public static string? Read(string? number)
    {
        var match = number is null ? null : Shape().Match(number);
        return match is { Success: true } ? match.Groups["digits"].Value : null;
    }

    [GeneratedRegex(@"^(\+86|0086|86)?(?<digits>1[3-9]\d{9})$")]
    private static partial Regex Shape();
}
