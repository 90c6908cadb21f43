namespace TalentHukou.Adapters.Cards;

/// <summary>Settings for cards, bound from the <c>Cards</c> section.</summary>
public sealed class CardsOptions
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
}
