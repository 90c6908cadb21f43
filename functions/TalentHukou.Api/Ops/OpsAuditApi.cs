using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Time;

namespace TalentHukou.Api.Ops;

/// <summary>The append-only audit trail, read by ops and admins; no route writes or deletes it.</summary>
public static class OpsAuditApi
{
    private static QueryParameter From => Paging.From;
    private static QueryParameter To => Paging.To;
    private static QueryParameter PageSize => Paging.OpsPageSize;
    private static QueryParameter ContinuationToken => Paging.ContinuationToken;

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsAudit", "GET", "ops/audit", Access.RolesOf(Roles.Ops, Roles.Admin), Handle.With<AuditTrail>(List))
        {
            Doc = OpsAuditApiDocs.OpsAudit,
        },
    ];

    public static async Task<IResult> List(ApiRequest request, AuditTrail audit)
    {
        var query = request.Query();
        var actor = query.Text(OpsAuditApiDocs.Actor);
        var action = query.Text(OpsAuditApiDocs.Action);
        var target = query.Text(OpsAuditApiDocs.Target);
        var from = query.Date(From);
        var to = query.Date(To);
        var pageSize = query.Integer(PageSize)!.Value;
        var token = query.Text(ContinuationToken);
        query.ThrowIfInvalid();
        var range = new AuditQuery(actor, action, target,
            from is { } f ? ChinaTime.At(f, TimeOnly.MinValue) : null,
            to is { } t ? ChinaTime.At(t.AddDays(1), TimeOnly.MinValue).AddTicks(-1) : null);
        var (items, next) = await audit.QueryAsync(range, pageSize, token, request.Aborted);
        return TypedResults.Ok(new AuditPage(items.Select(AuditView.From).ToList(), next));
    }
}

/// <summary>One page of the audit trail.</summary>
[Description("审计记录（分页）。One page of the audit trail.")]
public sealed record AuditPage(IReadOnlyList<AuditView> Items, string? ContinuationToken);

/// <summary>An audit entry as the contract shows it.</summary>
[Description("一条审计记录。One audited action.")]
public sealed record AuditView(
    DateTimeOffset At, string Actor, string Role, string Action, string Target, string Outcome, string? Detail)
{
    public static AuditView From(AuditEntry e) => new(e.At, e.Actor, e.Role, e.Action, e.Target, e.Outcome, e.Detail);
}
