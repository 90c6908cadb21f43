using TalentHukou.Api.Admin;
using TalentHukou.Api.Applications;
using TalentHukou.Api.Cards;
using TalentHukou.Api.Endpoints;
using TalentHukou.Api.Ops;
using TalentHukou.Api.Registry;
using TalentHukou.Api.Support;

namespace TalentHukou.Api.Routing;

/// <summary>Every route of the HTTP contract, in one list that both hosts serve.</summary>
public static class ApiRouteTable
{
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        .. HealthApi.Routes,
        .. CalendarApi.Routes,
        .. EmployerRegistryApi.Routes,
        .. RegistryRequestsApi.Routes,
        .. UnitAdminApi.Routes,
        .. SchoolRegistryApi.Routes,
        .. RegistryAttachmentsApi.Routes,
        .. SupportTicketsApi.Routes,
        .. ContactsApi.Routes,
        .. ContactVerificationsApi.Routes,
        .. ApplicationsApi.Routes,
        .. CardsApi.Routes,
        .. OpsInstancesApi.Routes,
        .. OpsCasesApi.Routes,
        .. OpsMetricsApi.Routes,
        .. OpsConsoleApi.Routes,
        .. OpsInstanceReportsApi.Routes,
        .. OpsBulkApi.Routes,
        .. OpsAuditApi.Routes,
        .. OpsKeyRotationApi.Routes,
        .. OpsDuplicateCardsApi.Routes,
        .. StaffAdminApi.Routes,
        .. CalendarAdminApi.Routes,
        .. OpenApi.OpenApiEndpoint.Routes,
    ];

    public static ApiRoute ByName(string name) => All.Single(r => r.Name == name);
}
