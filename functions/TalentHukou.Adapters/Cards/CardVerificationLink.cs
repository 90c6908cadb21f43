using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Web;
using Microsoft.Extensions.Options;

namespace TalentHukou.Adapters.Cards;

/// <summary>
/// The address a card's QR code holds:
/// <c>{PublicBaseUrl}/api/cards/{cardNumber}/verification?v=&amp;iat=&amp;exp=&amp;hd=&amp;kid=&amp;sig=</c>.
/// It carries every signed field, so the endpoint verifies a card without a database.
/// </summary>
public sealed class CardVerificationLink(IOptions<CardsOptions> options)
{
    /// <summary>Builds the verification address for a signed card.</summary>
    public Uri Build(CardSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var payload = signature.Payload;
        var path = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/api/cards/"
            + $"{Uri.EscapeDataString(payload.CardNumber)}/verification";
        (string Name, string Value)[] query =
        [
            ("v", payload.Version.ToString(CultureInfo.InvariantCulture)),
            ("iat", payload.IssuedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("exp", payload.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("hd", payload.HolderDigest),
            ("kid", signature.KeyId),
            ("sig", signature.Value),
        ];
        return new Uri(path + "?" + string.Join('&', query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}")));
    }

    /// <summary>Reads a whole verification address back, e.g. one decoded from a QR code.</summary>
    public static bool TryParse(Uri url, [NotNullWhen(true)] out CardSignature? signature)
    {
        ArgumentNullException.ThrowIfNull(url);
        signature = null;
        var segments = url.IsAbsoluteUri ? url.AbsolutePath.TrimEnd('/').Split('/') : [];
        if (segments is not [.., "api", "cards", var cardNumber, "verification"])
            return false;
        var query = HttpUtility.ParseQueryString(url.Query);
        string? Single(string name) => query.GetValues(name) is [var value] ? value : null;
        return TryParse(Uri.UnescapeDataString(cardNumber), CardVerificationQuery.Read(Single), out signature);
    }

    /// <summary>Reads the route's card number and the query values; false when any is missing or malformed.</summary>
    public static bool TryParse(
        string? cardNumber, CardVerificationQuery query, [NotNullWhen(true)] out CardSignature? signature)
    {
        ArgumentNullException.ThrowIfNull(query);
        signature = null;
        if (!CardNumber.IsValid(cardNumber)
            || ReadVersion(query.V) is not { } version
            || !long.TryParse(query.Iat, NumberStyles.None, CultureInfo.InvariantCulture, out var iat)
            || iat > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || !DateOnly.TryParseExact(
                query.Exp, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validUntil)
            || DecodedLength(query.Hd) != CardHolderDigest.ByteLength
            || query.Kid is null || !CardKeyId.IsWellFormed(query.Kid)
            || DecodedLength(query.Sig) is null or 0)
            return false;
        var payload = new CardSignaturePayload(
            cardNumber,
            DateTimeOffset.FromUnixTimeSeconds(iat),
            validUntil,
            CardIssuers.GuangzhouDrc,
            query.Hd!,
            version);
        signature = new CardSignature(payload, query.Kid, query.Sig!);
        return true;
    }

    /// <summary>The payload version a link names; links printed before versions were named are version 1.</summary>
    private static int? ReadVersion(string? v) =>
        v is null ? CardSignaturePayload.UnkeyedDigestVersion
        : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && CardSignaturePayload.IsKnownVersion(version) ? version
        : null;

    private static int? DecodedLength(string? base64Url)
    {
        if (base64Url is null || base64Url.Length > 256 || !Base64Url.IsValid(base64Url, out var length))
            return null;
        return length;
    }
}
