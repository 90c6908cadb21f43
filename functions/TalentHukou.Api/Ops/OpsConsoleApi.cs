using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Cases;
using TalentHukou.Workflows.Cases.Timeline;

namespace TalentHukou.Api.Ops;

/// <summary>
/// The ops console's case view (contract v1.2): find a case by a business key, then read it as one timeline. The search
/// is a POST so that a card number never lands in a URL or an access log.
/// </summary>
public static class OpsConsoleApi
{
    private static readonly Access OpsOnly = Access.RolesOf(Roles.Ops);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsSearchCases", "POST", "ops/search", OpsOnly, Handle.With<CaseSearch>(Search))
        {
            Doc = OpsConsoleApiDocs.OpsSearchCases,
        },
        new("OpsCaseTimeline", "GET", "ops/cases/{kind}/{caseId}/timeline", OpsOnly,
            Handle.With<CaseTimelines>(Timeline)) { Doc = OpsConsoleApiDocs.OpsCaseTimeline },
    ];

    public static async Task<IResult> Search(ApiRequest request, CaseSearch search)
    {
        var body = await request.ReadJsonAsync<CaseSearchBody>();
        var check = new BodyValidator();
        var q = check.Text<CaseSearchBody>("q", body.Q);
        if (q is not null) check.Matches<CaseSearchBody>("q", q,
            "请输入一个申请编号、工单编号、请求编号或卡号", "q must be one business key: letters, digits, '-', '_' or ':'.");
        if (!check.IsValid) return check.Problem();
        return TypedResults.Ok(new CaseSearchPage(await search.FindAsync(request.Durable, q!, request.Aborted)));
    }

    public static async Task<IResult> Timeline(ApiRequest request, CaseTimelines timelines)
    {
        var kind = request.RouteValue("kind");
        if (!CaseKinds.All.Contains(kind))
            return Problems.Problems.NotFound("No such kind of case (application, registry, ticket).");
        var view = await timelines.ReadAsync(request.Durable, kind, request.RouteValue("caseId"), request.Aborted);
        return view is null ? Problems.Problems.NotFound($"No {kind} with this id.") : TypedResults.Ok(view);
    }
}

/// <summary>What to search for: one business key.</summary>
[Description("案件查找。What to look a case up by: an application, request or ticket id, a card number or an instance id.")]
public sealed record CaseSearchBody(
    [TextField(2, 64)]
    [Pattern(FieldPatterns.BusinessKey)]
    [Description("查找关键字。An application, ticket or registry request id, a card number or an instance id.")]
    string? Q);

/// <summary>The cases found (at most one today: every key names one case).</summary>
[Description("案件查找结果列表。The cases found (at most one per kind).")]
public sealed record CaseSearchPage(IReadOnlyList<CaseHit> Items);
