using System.Globalization;
using System.Text.RegularExpressions;

namespace TalentHukou.Adapters.Sms;

/// <summary>
/// The vendor's rules for mainland templates and their values (Tencent Cloud SMS 正文模板审核标准 and 变量规范), plus the
/// one-segment budget: every character (汉字, letter, digit, punctuation, space) counts as one, and 【签名】 plus the text
/// with its values must fit the 70 characters of one segment. Each rule broken is named; none means the text may go.
/// </summary>
public static partial class SmsRules
{
    /// <summary>Characters in one segment of a mainland SMS (UCS-2).</summary>
    public const int SegmentLength = 70;

    /// <summary>
    /// The longest value of any variable: the vendor's published cap (12 characters; codes 6 digits).
    /// </summary>
    public const int MaxVariableLength = 12;

    /// <summary>The longest value we send for each kind of variable.</summary>
    public static int MaxLength(SmsParameterKind kind) => kind switch
    {
        SmsParameterKind.Greeting => 6, // 张** or 欧阳**, or 张先生
        SmsParameterKind.Date => 6, // 12月31日
        SmsParameterKind.Code => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What is wrong with a value for a variable of <paramref name="kind"/>; empty when nothing.</summary>
    public static IEnumerable<string> ValueProblems(SmsParameterKind kind, string? value)
    {
        if (string.IsNullOrEmpty(value)) { yield return "a variable is empty"; yield break; }
        var length = new StringInfo(value).LengthInTextElements;
        if (length > Math.Min(MaxLength(kind), MaxVariableLength))
            yield return $"a {kind} value is {length} characters long";
        if (kind == SmsParameterKind.Code && !CodeShape().IsMatch(value)) yield return "a code must be 4 to 6 digits";
        if (LinkLike().IsMatch(value)) yield return "a variable may not carry a link";
        if (ForbiddenCharacters().IsMatch(value))
            yield return "a variable holds a character the vendor refuses (【】, ¥, ★, ※ and the like)";
        if (DigitRun().IsMatch(value) && kind != SmsParameterKind.Code)
            yield return "a variable may not carry a long number (ID or phone)";
    }

    /// <summary>What is wrong with an approved template's text; empty when nothing.</summary>
    public static IEnumerable<string> TemplateProblems(SmsTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var numbers = Variable().Matches(template.Text)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, template.Parameters.Length)))
            yield return "variables must be {1}, {2}, … in order, one per parameter";
        if (AdjacentVariables().IsMatch(template.Text)) yield return "two variables may not be adjacent";
        if (ForbiddenCharacters().IsMatch(template.Text)) yield return "the text holds a character the vendor refuses";
        if (Variable().Replace(template.Text.Replace(SmsTemplates.LinkToken, "", StringComparison.Ordinal), "")
                .Trim().Length == 0)
            yield return "a template may not be all variables";
        if (template.Text.Split(SmsTemplates.LinkToken).Length > 2) yield return "a template carries at most one link";
    }

    /// <summary>The number of characters of <paramref name="text"/> as the vendor counts them.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"\}\{")]
    private static partial Regex AdjacentVariables();

    [GeneratedRegex(@"^\d{4,6}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"https?:|www\.|[a-z0-9-]+\.(cn|com|net|org|gov|ly|me|io)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLike();

    [GeneratedRegex(@"[【】\[\]¥★☆※☞✓√^&]")]
    private static partial Regex ForbiddenCharacters();

    [GeneratedRegex(@"\d{7,}")]
    private static partial Regex DigitRun();
}
