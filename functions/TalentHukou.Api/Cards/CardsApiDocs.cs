using TalentHukou.Adapters.Cards;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Cards;

/// <summary>The OpenAPI words of <see cref="CardsApi"/>'s routes, by route name.</summary>
internal static class CardsApiDocs
{
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
        Query = ["name", "idNumber", "v", "iat", "exp", "hd", "kid", "sig"],
        Problems = [404, 429],
    };
}
