using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Cards;

/// <summary>The OpenAPI words of <see cref="PublicSecurityApi"/>'s routes, by route name.</summary>
internal static class PublicSecurityApiDocs
{
    public static ApiDoc CrossCheckCard { get; } = new(
        "Public security's 入户复核 check: is the card known for this name and ID number (seed Q7)?",
        typeof(CrossCheckBody), typeof(CrossCheckFound))
    {
        Problems = [404],
    };
}
