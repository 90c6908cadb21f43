namespace TalentHukou.Adapters.Sms;

/// <summary>
/// The SMS texts as approved by the vendor: fixed wording with positional variables <c>{1}</c>, <c>{2}</c> and one
/// fixed link (<c>{link}</c>, the front end's ICP-filed address, written into the approved template: never a variable).
/// The seed's words for the card (FAQ Q6: 入户人员信息卡出卡通知). No template carries an ID number or a full name.
/// </summary>
public static class SmsTemplates
{
    public const string LinkToken = "{link}";

    private const string Application = "您的人才入户申请";

    /// <summary>Every notice's approved text and the kinds of its variables, in order.</summary>
    public static IReadOnlyDictionary<SmsNotice, SmsTemplate> All { get; } = new Dictionary<SmsNotice, SmsTemplate>
    {
        [SmsNotice.VerificationCode] = new("您的手机验证码为{1}，10分钟内有效。如非本人操作，请忽略。", SmsParameterKind.Code),
        [SmsNotice.CardIssued] = new("{1}，您的入户人员信息卡已出卡，请登录引进在职人才入户系统下载：{link}", SmsParameterKind.Greeting),
        [SmsNotice.PublicityStarted] = new(
            "{1}，" + Application + "已进入公示期，至{2}结束。详情：{link}", SmsParameterKind.Greeting, SmsParameterKind.Date),
        [SmsNotice.PublicityPassed] = new("{1}，" + Application + "公示期满无异议。详情：{link}", SmsParameterKind.Greeting),
        [SmsNotice.ReturnedForCorrection] = new(
            "{1}，" + Application + "需补正材料，请于{2}前提交：{link}", SmsParameterKind.Greeting, SmsParameterKind.Date),
        [SmsNotice.Approved] = new("{1}，" + Application + "已审核通过。详情：{link}", SmsParameterKind.Greeting),
        [SmsNotice.Rejected] = new("{1}，" + Application + "未通过审核。详情：{link}", SmsParameterKind.Greeting),
        [SmsNotice.WithdrawalConfirmed] = new("{1}，" + Application + "已按您的要求撤回。详情：{link}", SmsParameterKind.Greeting),
        [SmsNotice.TicketAnswered] = new("{1}，您的咨询已有答复，请登录查看：{link}", SmsParameterKind.Greeting),
        [SmsNotice.RegistryRequestDecided] = new("{1}，您提交的名录申请已处理，请登录查看：{link}", SmsParameterKind.Greeting),
    };

    /// <summary>The text a phone shows: 【sign】 + the template with its link and parameters filled in.</summary>
    public static string Render(string signName, string link, string template, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parameters);
        var text = template.Replace(LinkToken, link, StringComparison.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
            text = text.Replace(
                "{" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
                parameters[i],
                StringComparison.Ordinal);
        return $"【{signName}】{text}";
    }
}

/// <summary>One approved template: its text and the kind of each positional variable.</summary>
public sealed record SmsTemplate(string Text, params SmsParameterKind[] Parameters);
