using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Cards;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsDuplicateCardsApi"/>'s routes, by route name.</summary>
internal static class OpsDuplicateCardsApiDocs
{
    public static ApiDoc OpsDuplicateCards { get; } = new(
        "Find the persons holding more than one valid card and revoke all but the first issued, telling public "
        + "security; each revocation audited (card.revoke-duplicate). dryRun (required) only counts; the revoking run "
        + "is for admin only (403 otherwise). Card numbers masked",
        typeof(DuplicateCardsBody), typeof(DuplicateCardsSummary))
    {
        Problems = [503],
    };
}
