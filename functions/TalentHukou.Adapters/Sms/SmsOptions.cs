using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Sms;

/// <summary>
/// Which gateway sends SMS: none (e-mail only), or Tencent Cloud SMS (the local gateway speaks its API).
/// </summary>
public enum SmsGatewayKind
{
    None,
    Tencent,
}

/// <summary>
/// SMS settings, section <c>Sms</c>: the gateway, the approved sign name (签名), the fixed link the approved templates
/// carry, and each notice's approved template id (<c>Sms:Templates:CardIssued</c>, …). With a gateway set, every
/// notice needs a template and every template must fit one segment with the longest values it may carry.
/// </summary>
public sealed partial class SmsOptions : ISelfValidatingOptions
{
    public const string SectionName = "Sms";

    public SmsGatewayKind Gateway { get; set; } = SmsGatewayKind.None;

    /// <summary>The approved sign name, without 【】: 2 to 12 Chinese characters, letters or digits.</summary>
    public string SignName { get; set; } = "";

    /// <summary>The front end's ICP-filed address as written into the approved templates.</summary>
    public string Link { get; set; } = "";

    /// <summary>Approved template id per <see cref="SmsNotice"/> name.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>
    /// How long a send whose outcome is unknown waits for a delivery report before it counts as not sent and is sent
    /// again. Longer is safer against a second message; reports usually arrive within seconds.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReportGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a sent message's delivery report is looked for.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => Gateway != SmsGatewayKind.None;

    public string TemplateId(SmsNotice notice) =>
        Templates.TryGetValue(notice.ToString(), out var id) && !string.IsNullOrWhiteSpace(id)
            ? id : throw new InvalidOperationException($"Sms:Templates:{notice} is not set.");

    /// <summary>The notice whose approved template has <paramref name="templateId"/>, if any.</summary>
    public SmsNotice? NoticeOf(string templateId) =>
        Templates.FirstOrDefault(t => t.Value == templateId).Key is { } name
        && Enum.TryParse<SmsNotice>(name, out var n)
            ? n
            : null;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!Enabled) yield break;
        if (!SignNameShape().IsMatch(SignName))
            yield return "Sms:SignName must be 2 to 12 Chinese characters, letters or digits.";
        if (!PublicAddress.IsHttp(Link)) yield return "Sms:Link must be the front end's absolute http(s) address.";
        else if (!environment.IsDevelopment() && !PublicAddress.IsPublicHttps(Link))
            yield return "Sms:Link must be the front end's public https address outside Development.";
        foreach (var (notice, template) in SmsTemplates.All)
        {
            if (!Templates.TryGetValue(notice.ToString(), out var id) || string.IsNullOrWhiteSpace(id))
                yield return $"Sms:Templates:{notice} must name the approved template.";
            var longest = Longest(template);
            if (SmsRules.Length(longest) > SmsRules.SegmentLength)
                yield return $"Sms {notice} is "
                    + $"{SmsRules.Length(longest)} characters with its longest values: over one segment "
                    + $"({SmsRules.SegmentLength}); shorten Sms:SignName or Sms:Link.";
        }
    }

    /// <summary>The text of <paramref name="template"/> with every variable at its longest.</summary>
    public string Longest(SmsTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return SmsTemplates.Render(
            SignName,
            Link,
            template.Text,
            [.. template.Parameters.Select(p => new string('字', SmsRules.MaxLength(p)))]);
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,12}$")]
    private static partial Regex SignNameShape();
}
