using TalentHukou.Api.Problems;
using TalentHukou.Domain.Privacy;

namespace TalentHukou.Api.Cards;

/// <summary>The card and public-security area's problem types.</summary>
public static class CardProblems
{
    public static readonly ProblemType NotIssued = new("card-not-issued", 404, "入户卡尚未签发，暂无可下载的入户卡");
    public static readonly ProblemType NotFound = new("card-not-found", 404, "未找到该指标卡信息");
    public static readonly ProblemType PsbNoRecord = new("psb-card-not-found", 404, "无此指标卡信息");
    public static readonly ProblemType PsbUnavailable = new("psb-unavailable", 503, "公安业务系统繁忙，请稍后再试");

    /// <summary>
    /// Seed Q7's message, character for character, with the card number masked as the seed shows it
    /// (<c>R22*********05</c>).
    /// </summary>
    public static string PsbNoRecordTitle(string cardNumber) =>
        $"指标卡号:{Masking.CardNumber(cardNumber)},无此指标卡信息,请核对姓名、身份证号、指标卡号或与发卡部门联系核对";
}
