using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsAuditApi"/>'s routes, by route name.</summary>
internal static class OpsAuditApiDocs
{
    public static ApiDoc OpsAudit { get; } = new(
        "The audit trail: decisions, ops control actions and staff-assignment changes, newest first",
        Response: typeof(AuditPage))
    {
        Query = ["actor", "action", "target", "from", "to", "pageSize", "continuationToken"],
    };
}
