using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsAuditApi"/>'s routes, by route name.</summary>
internal static class OpsAuditApiDocs
{
    internal static readonly QueryParameter From = QueryParameter.Date("from");
    internal static readonly QueryParameter To = QueryParameter.Date("to");
    internal static readonly QueryParameter PageSize = Paging.PageSize(200, 50);
    internal static readonly QueryParameter ContinuationToken = Paging.ContinuationToken();

    public static ApiDoc OpsAudit { get; } = new(
        "The audit trail: decisions, ops control actions and staff-assignment changes, newest first",
        Response: typeof(AuditPage))
    {
        Query = ["actor", "action", "target", From, To, PageSize, ContinuationToken],
    };
}
