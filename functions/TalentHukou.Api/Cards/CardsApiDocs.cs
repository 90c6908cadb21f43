using TalentHukou.Adapters.Cards;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Cards;

/// <summary>The OpenAPI words of <see cref="CardsApi"/>'s routes, by route name.</summary>
internal static class CardsApiDocs
{
    internal static readonly QueryParameter Name = QueryParameter.Text("name", 64,
        "持卡人姓名（公安核验）。The name to compare with the holder's (psb role only).");

    internal static readonly QueryParameter IdNumber = QueryParameter.Text("idNumber", 32,
        "持卡人身份证号码（公安核验）。The ID number to compare with the holder's (psb role only).");

    /// <summary>The QR link's own signed values, passed back as the link carries them.</summary>
    private static QueryParameter Signed(string name, string words) =>
        new(name) { Description = words + " From the QR link, unchanged; any change fails the signature." };

    public static ApiDoc GetApplicationCard { get; } = new(
        "The signed card (《广州市入户人员信息卡》) as a PDF, for its applicant and the card office")
    {
        MediaType = CardDocuments.ContentType,
        Problems = [404],
    };

    public static ApiDoc VerifyCard { get; } = new(
        "The QR code's target: whether the card is authentic and in date; with the QR link's own values, whether its "
        + "holder is the card's holder on record; with name and idNumber, whether they are the holder's (psb role "
        + "only). Rate-limited per client address, or per account when signed in",
        Response: typeof(CardVerificationView))
    {
        Query =
        [
            Name, IdNumber, Signed("v", "链接版本。"), Signed("iat", "签发时间。"), Signed("exp", "有效期至。"),
            Signed("hd", "持卡人摘要。"), Signed("kid", "签名密钥编号。"), Signed("sig", "签名。"),
        ],
        Problems = [404, 429],
    };
}
