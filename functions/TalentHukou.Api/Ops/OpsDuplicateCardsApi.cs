using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.PublicSecurity;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Cards;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Cards;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Finds the persons holding more than one valid card (issued before the one-card guard) and revokes all but the first
/// (<see cref="DuplicateCards"/>, ADR 0015). A dry run, which changes nothing, is for ops and admin; the revoking run
/// for admin only. Inline: one scan of the <c>Cards</c> table.
/// </summary>
public static class OpsDuplicateCardsApi
{
    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsDuplicateCards", "POST", "ops/cards/duplicates", Access.RolesOf(Roles.Ops, Roles.Admin),
            Handle.With<DuplicateCards>(Run)) { Doc = OpsDuplicateCardsApiDocs.OpsDuplicateCards },
    ];

    public static async Task<IResult> Run(ApiRequest request, DuplicateCards duplicates)
    {
        var body = await request.ReadJsonAsync<DuplicateCardsBody>();
        var v = new BodyValidator();
        v.Require(body.DryRun is not null, "dryRun", "须注明是否仅试运行", "dryRun is required (true or false).");
        if (!v.IsValid) return v.Problem();
        var dryRun = body.DryRun!.Value;
        if (!dryRun && !request.Caller.IsIn(Roles.Admin))
            return Problems.Problems.Result(
                ProblemTypes.Forbidden, "Revoking cards needs the admin role; ops may dry-run.");
        var role = request.Caller.IsIn(Roles.Admin) ? Roles.Admin : Roles.Ops;
        try
        {
            return TypedResults.Ok(await duplicates.RunAsync(dryRun, request.Caller.Subject, role, request.Aborted));
        }
        catch (PublicSecurityUnavailableException)
        {
            request.Http.Response.Headers.RetryAfter = "5";
            return Problems.Problems.Result(CardProblems.PsbUnavailable,
                "The public-security system did not answer; nothing more was revoked. Run again shortly.");
        }
    }
}

/// <summary>Whether to count only (<c>true</c>) or revoke (<c>false</c>, admin only).</summary>
[System.ComponentModel.Description("重复指标卡清理。Count (dry run) or revoke the duplicate cards.")]
public sealed record DuplicateCardsBody(bool? DryRun);
