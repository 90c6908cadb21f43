using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsInstancesApi"/>'s routes, by route name.</summary>
internal static class OpsInstancesApiDocs
{
    public static ApiDoc OpsListInstances { get; } = new(
        "Orchestration instances, filtered and paged; filters on updated time, stage or office scan a bounded "
        + "created-time range, named in the answer",
        Response: typeof(InstancePage))
    {
        Query = [.. OpsInstanceFilters.QueryNames, Paging.OpsInstancesContinuationToken, Paging.OpsPageSize],
    };

    public static ApiDoc OpsGetInstance { get; } = new(
        "One instance with masked input/output, custom status and history",
        Response: typeof(InstanceDetail));

    public static ApiDoc OpsTerminateInstance { get; } = new(
        "Terminate an instance (audited with the operator's reason, if given); an application's closes its case "
        + "(stage closed, reason closed-by-ops); a card saga's is refused (409)",
        typeof(OpsControlBody), Success: 202)
    {
        RequestOptional = true,
        Problems = [409],
    };

    public static ApiDoc OpsSuspendInstance { get; } = new(
        "Suspend an instance of an open case (audited with the operator's reason, if given)",
        typeof(OpsControlBody), Success: 202)
    {
        RequestOptional = true,
        Problems = [409],
    };

    public static ApiDoc OpsResumeInstance { get; } = new(
        "Resume an instance of an open case (audited with the operator's reason, if given)",
        typeof(OpsControlBody), Success: 202)
    {
        RequestOptional = true,
        Problems = [409],
    };

    public static ApiDoc OpsRestartInstance { get; } = new(
        "Restart a failed instance of an open case, resuming from its record; anything else 409 with the reason "
        + "(audited either way, with the operator's reason, if given)",
        typeof(OpsControlBody), Success: 202)
    {
        RequestOptional = true,
        Problems = [409],
    };

    public static ApiDoc OpsRaiseEvent { get; } = new(
        "Raise a technical event, one that decides nothing (" + string.Join(", ", OrchestrationEvents.Technical)
        + "); business events (reviews, objections, card orders, e-signatures, registry decisions, ticket replies) "
        + "get 403. Audited",
        typeof(System.Text.Json.JsonElement), Success: 202)
    {
        Problems = [403, 409],
    };

    public static ApiDoc OpsPurgeInstance { get; } = new(
        "Purge an ended instance whose case is terminal (audited with the operator's reason, if given); an open "
        + "case's is 409",
        typeof(OpsControlBody), Success: 204)
    {
        RequestOptional = true,
        Problems = [409],
    };
}
