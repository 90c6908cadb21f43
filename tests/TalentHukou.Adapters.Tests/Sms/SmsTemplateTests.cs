using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Sms;

namespace TalentHukou.Adapters.Tests.Sms;

/// <summary>
/// Every approved template within the vendor's rules and one 70-character segment, with its longest values.
/// </summary>
public sealed class SmsTemplateTests
{
    private static SmsOptions Options(string sign = "广州人才入户", string link = "https://rchk.gz.gov.cn") => new()
    {
        Gateway = SmsGatewayKind.Tencent,
        SignName = sign,
        Link = link,
        Templates = Enum.GetValues<SmsNotice>().ToDictionary(
            n => n.ToString(),
            n => ((int)n + 2000000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static TheoryData<SmsNotice> Notices() => [.. Enum.GetValues<SmsNotice>()];

    [Theory]
    [MemberData(nameof(Notices))]
    public void TemplateProblems_EveryTemplate_None(SmsNotice notice) =>
        Assert.Empty(SmsRules.TemplateProblems(SmsTemplates.All[notice]));

    [Theory]
    [MemberData(nameof(Notices))]
    public void Longest_EveryTemplateWithSignAndLink_FitsOneSegment(SmsNotice notice)
    {
        var text = Options().Longest(SmsTemplates.All[notice]);

        Assert.StartsWith("【广州人才入户】", text, StringComparison.Ordinal);
        Assert.InRange(SmsRules.Length(text), 1, SmsRules.SegmentLength);
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public void Template_EveryNoticeButTheCode_CarriesTheFixedLinkOnceAndNoOtherUrl(SmsNotice notice)
    {
        var text = SmsTemplates.All[notice].Text;

        Assert.Equal(notice == SmsNotice.VerificationCode ? 0 : 1, text.Split(SmsTemplates.LinkToken).Length - 1);
        Assert.DoesNotContain(
            "http", text.Replace(SmsTemplates.LinkToken, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_CardIssued_SaysWhatTheSeedSays() =>
        Assert.Contains("入户人员信息卡已出卡", SmsTemplates.All[SmsNotice.CardIssued].Text, StringComparison.Ordinal);

    [Fact]
    public void Problems_ValidSettings_None() =>
        Assert.Empty(Options().Problems(new Env(Environments.Production)));

    [Fact]
    public void Problems_LinkTooLongForOneSegment_NamesEveryTemplateOver()
    {
        var problems = Options(link: "https://rchk.hrss.gz.gov.cn/talent-hukou/applications")
            .Problems(new Env(Environments.Production))
            .ToList();

        Assert.Contains(problems, p => p.Contains("CardIssued", StringComparison.Ordinal)
            && p.Contains("segment", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MissingTemplateAndBadSign_Named()
    {
        var options = Options(sign: "【x】");
        options.Templates.Remove(nameof(SmsNotice.TicketAnswered));

        var problems = options.Problems(new Env(Environments.Production)).ToList();

        Assert.Contains(problems, p => p.Contains("Sms:SignName", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Sms:Templates:TicketAnswered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SmsParameterKind.Greeting, "张**", true)]
    [InlineData(SmsParameterKind.Greeting, "欧阳先生", true)]
    [InlineData(SmsParameterKind.Greeting, "张三丰李四王五", false)] // longer than 6
    [InlineData(SmsParameterKind.Greeting, "a.gz.cn", false)] // a link
    [InlineData(SmsParameterKind.Greeting, "【张】", false)]
    [InlineData(SmsParameterKind.Greeting, "", false)]
    [InlineData(SmsParameterKind.Date, "12月31日", true)]
    [InlineData(SmsParameterKind.Date, "1380013", false)] // a long number
    [InlineData(SmsParameterKind.Code, "042917", true)]
    [InlineData(SmsParameterKind.Code, "0429171", false)]
    [InlineData(SmsParameterKind.Code, "04a9", false)]
    public void ValueProblems_Value_MatchesTheVendorsRules(SmsParameterKind kind, string value, bool allowed) =>
        Assert.Equal(allowed, !SmsRules.ValueProblems(kind, value).Any());

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
