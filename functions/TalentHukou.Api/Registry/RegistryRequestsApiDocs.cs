using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;

namespace TalentHukou.Api.Registry;

/// <summary>The OpenAPI words of <see cref="RegistryRequestsApi"/>'s routes, by route name.</summary>
internal static class RegistryRequestsApiDocs
{
    internal static readonly QueryParameter Status = QueryParameter.OneOf("status",
        WireEnum<RegistryRequestStatus>.ByName.Keys, "审核状态。Only requests in this status.");

    internal static readonly QueryParameter Type = QueryParameter.OneOf("type",
        WireEnum<RegistryRequestType>.ByName.Keys, "申请类型。Only requests of this type.");

    public static ApiDoc GetRegistryRequest { get; } = new(
        "Progress of a registry request (已添加企业审核进度查询)",
        Response: typeof(RegistryRequestView));

    public static ApiDoc ListRegistryRequests { get; } = new(
        "The registry admins' review queue by due time with counts by status; mine=true (and anyone else): the "
        + "caller's own requests, newest first",
        Response: typeof(RegistryQueuePage))
    {
        Query = [QueryFilters.Mine, Status, Type, QueryFilters.OverdueOnly, Paging.PageSize, Paging.ContinuationToken],
    };

    public static ApiDoc DecideRegistryRequest { get; } = new(
        "Approve or reject a registry request; approved entries are searchable at once",
        typeof(DecisionBody), typeof(RegistryRequestView))
    {
        Problems = [409],
    };
}
