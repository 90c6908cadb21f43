using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TalentHukou.Adapters.Cards;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Cards.Saga;

namespace TalentHukou.Api.Cards;

/// <summary>The issued card: its download (seed Q6) and the public verification its QR code points to.</summary>
public static class CardsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("GetApplicationCard", "GET", "applications/{applicationId}/card", Access.SignedIn,
            Handle.With<CardServices>(Download)) { Doc = CardsApiDocs.GetApplicationCard },
        new("VerifyCard", "GET", "cards/{cardNumber}/verification", Access.Anyone, Handle.With<CardServices>(Verify))
        {
            Doc = CardsApiDocs.VerifyCard,
        },
        .. PublicSecurityApi.Routes,
    ];

    /// <summary>
    /// The signed card PDF, for the applicant and the card office only;
    /// anyone else is told the application does not exist.
    /// </summary>
    public static async Task<IResult> Download(ApiRequest request, CardServices services)
    {
        var (record, problem) = await ApplicationsApi.Find(request, services.Applications);
        if (problem is not null) return problem;
        if (!ApplicationAccess.IsOwner(request.Caller, record!) && !request.Caller.IsIn(Roles.Drc))
            return Problems.Problems.Result(
                ApplicationProblems.NotFound, $"No application {record!.ApplicationId} is visible to you.");
        if (record!.Card is not { Downloadable: true } card)
            return Problems.Problems.Result(CardProblems.NotIssued, "The application has no issued card yet.");
        var stored = await services.Cards.GetAsync(card.Number, request.Aborted);
        var blobName = stored?.BlobName ?? CardDocuments.BlobNameFor(record.ApplicationId, card.Number);
        var pdf = await services.Documents.OpenAsync(blobName, request.Aborted);
        if (pdf is null)
            return Problems.Problems.Result(CardProblems.NotIssued, "The card's document is not available.");
        if (StaffReadViews.IsDrcRead(request.Caller, record))
            await StaffReadViews.AuditDrcReadAsync(request, services.Audit, record, "card");
        request.Http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(pdf, CardDocuments.ContentType, $"{card.Number}.pdf");
    }

    /// <summary>
    /// Verifies a card from its QR link's signed fields, or else from the card's row. The link's keyed holder digest,
    /// compared with the card on record, says whether the holder matches; a free-form <c>name</c> and <c>idNumber</c>
    /// are matched for the <c>psb</c> role only (anyone else could use them as an oracle). Never echoes them.
    /// </summary>
    public static async Task<IResult> Verify(ApiRequest request, CardServices services)
    {
        var limited = request.IsSignedIn
            ? await services.Limits.SignedInVerificationAsync(request.Http, request.Caller.Subject)
            : await services.Limits.AnonymousReadAsync(request.Http);
        if (limited is not null) return limited;
        var number = request.RouteValue("cardNumber");
        var reader = request.Query();
        var name = reader.Text(CardsApiDocs.Name);
        var idNumber = reader.Text(CardsApiDocs.IdNumber);
        reader.ThrowIfInvalid();
        if (!CardNumber.IsValid(number))
            return Problems.Problems.Result(
                CardProblems.NotFound, "A card number is R, two digits of year and eleven digits.");
        var psb = request.IsSignedIn && request.Caller.IsIn(Roles.Psb);

        var query = request.Http.Request.Query;
        string? Single(string key) => query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;
        var link = CardVerificationQuery.Read(Single);
        CardSignature signature;
        bool? linkHolderMatches = null;
        var onRecord = await services.Cards.GetAsync(number, request.Aborted);
        if (CardVerificationQuery.Names.Any(query.ContainsKey))
        {
            if (!CardVerificationLink.TryParse(number, link, out var fromLink))
                return TypedResults.Ok(CardVerificationView.From(
                    new CardVerificationResult(false, CardVerificationReasons.Malformed, null, null, null)));
            signature = fromLink;
            if (onRecord is not null)
                linkHolderMatches = CryptographicOperations.FixedTimeEquals(
                    Encoding.ASCII.GetBytes(fromLink.Payload.HolderDigest),
                    Encoding.ASCII.GetBytes(onRecord.Signature.Payload.HolderDigest));
        }
        else if (onRecord is not null)
            signature = onRecord.Signature;
        else
            return Problems.Problems.Result(CardProblems.NotFound, "No card has this number.");

        var result = await services.Verifier.VerifyOnRecordAsync(
            signature, onRecord, psb ? name : null, psb ? idNumber : null, request.Aborted);
        request.Http.Response.Headers.CacheControl = "no-store";
        var holder = result.IssuedAt is null ? null
            : psb && result.HolderMatches is not null ? result.HolderMatches
            : linkHolderMatches;
        return TypedResults.Ok(CardVerificationView.From(result with { HolderMatches = holder }));
    }
}

/// <summary>
/// The answer of the verification route: authentic and in date, when and by whom issued,
/// and whether the holder matches.
/// </summary>
/// <remarks>
/// <c>status</c> is <c>valid</c>, or the reason it is not (<c>expired</c>, <c>revoked</c>, <c>bad-signature</c>,
/// <c>unknown-key</c>, <c>malformed</c>).</remarks>
[Description("入户卡二维码核验结果。The public verification of a card's QR code.")]
public sealed record CardVerificationView(bool Valid, DateTimeOffset? IssuedAt,
    [Description("签发机关。Who issued the card; null when no card has this number.")] string? Issuer,
    [WireValues(typeof(CardVerificationStatus), Member = nameof(CardVerificationStatus.All))] string Status,
    bool? HolderMatches,
    [WireValues(typeof(CardVerificationReasons), Schema = "CardVerificationReason")] string? Reason)
{
    public static CardVerificationView From(CardVerificationResult r) => new(r.Valid, r.IssuedAt, r.Issuer,
        r.Valid ? CardVerificationStatus.Valid : r.Reason ?? CardVerificationStatus.Invalid, r.HolderMatches, r.Reason);
}

/// <summary>Values of <see cref="CardVerificationView.Status"/>: valid, or the reason the card is not.</summary>
public static class CardVerificationStatus
{
    public const string Valid = "valid";

    /// <summary>Not valid, for no reason more precise than that.</summary>
    public const string Invalid = "invalid";

    public static IReadOnlyList<string> All { get; } = [Valid, .. CardVerificationReasons.All, Invalid];
}
