using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsAuditApi"/>'s routes, by route name.</summary>
internal static class OpsAuditApiDocs
{
    internal static readonly QueryParameter Actor = QueryParameter.Text("actor", 200,
        "操作人。The acting subject (sub), exactly.");

    internal static readonly QueryParameter Action = QueryParameter.Text("action", 100,
        "操作。The audited action, exactly (e.g. terminate, decision, staff-assign).");

    internal static readonly QueryParameter Target = QueryParameter.Text("target", 200,
        "对象。The audited target, exactly (an instance id, application id, calendar/2026…).");

    public static ApiDoc OpsAudit { get; } = new(
        "The audit trail: decisions, ops control actions and staff-assignment changes, newest first",
        Response: typeof(AuditPage))
    {
        Query = [Actor, Action, Target, Paging.From, Paging.To, Paging.OpsPageSize, Paging.ContinuationToken],
    };
}
