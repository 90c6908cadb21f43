using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Cases.Timeline;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsConsoleApi"/>'s routes, by route name.</summary>
internal static class OpsConsoleApiDocs
{
    public static ApiDoc OpsSearchCases { get; } = new(
        "Find a case by application id, ticket id, registry request id, card number or instance id (personal data "
        + "masked)",
        typeof(CaseSearchBody), typeof(CaseSearchPage));

    public static ApiDoc OpsCaseTimeline { get; } = new(
        "A case as one timeline: business steps, the durable events beneath them, notices with their delivery "
        + "status; decoded, masked fields",
        Response: typeof(CaseTimelineView))
    {
        Problems = [404],
    };
}
