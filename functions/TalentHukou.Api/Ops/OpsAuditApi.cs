using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
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
    DateTimeOffset At,
    [Description("操作人。The subject (sub) who acted, or the process that did (card-saga).")]
    string Actor,
    [WireValues(typeof(Roles), Member = nameof(Roles.Audited), Schema = "AuditRole")]
    [Description("操作角色。The role the actor acted in; system for the service's own processes.")]
    string Role,
    [Description("操作。area.verb as written when the entry was appended (decision.<decision kind>, ops.<control>, "
        + "card.revoke-duplicate, staff-assign, calendar-publish, drc.read …). The trail keeps what every release "
        + "wrote, so this is text, not an enum; filter on it exactly.")]
    string Action,
    [Description("操作对象。What was acted on: an application, request, instance or staff id, or a calendar year.")]
    string Target,
    [Description("结果。What came of it, as the action writes it (accepted, refused, signalled, process-starting, "
        + "revoked, read, not-found …); text, as action.")]
    string Outcome,
    [Description("详情（脱敏）。More about the action, masked; null when there is nothing to add.")]
    string? Detail)
{
    public static AuditView From(AuditEntry e) => new(e.At, e.Actor, e.Role, e.Action, e.Target, e.Outcome, e.Detail);
}
