using Microsoft.Extensions.Hosting;
using TalentHukou.Adapters.Hosting;

namespace TalentHukou.Adapters.Cards;

/// <summary>Settings for cards, bound from the <c>Cards</c> section.</summary>
public sealed class CardsOptions : ISelfValidatingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Cards";

    /// <summary>Public base address that the QR verification link points to (<c>Cards:PublicBaseUrl</c>).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:7071";

    /// <summary>Whether <see cref="PublicBaseUrl"/> is an absolute http(s) address without query or fragment.</summary>
    public bool HasValidPublicBaseUrl() =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!HasValidPublicBaseUrl())
            yield return "Cards:PublicBaseUrl must be an absolute http(s) address without query.";
        // A card's QR code outlives the deployment that printed it:
        // outside Development it must point at the public site.
        else if (!environment.IsDevelopment() && !PublicAddress.IsPublicHttps(PublicBaseUrl))
            yield return "Cards:PublicBaseUrl must be the public https address of the API's host (no /api, not "
                + "localhost) outside Development.";
    }
}
