using TalentHukou.Api.OpenApi;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsCasesApi"/>'s routes, by route name.</summary>
internal static class OpsCasesApiDocs
{
    public static ApiDoc OpsStrandedCases { get; } = new(
        "Open cases whose instance is missing, terminated or failed",
        Response: typeof(StrandedPage));

    public static ApiDoc OpsSuspendedCases { get; } = new(
        "Open cases whose instance ops suspended (their deadlines keep running), with since when",
        Response: typeof(StrandedPage));

    public static ApiDoc OpsRepairCase { get; } = new(
        "Re-attach a process that resumes from the record to a stranded case (audited with the operator's reason, if "
        + "given)",
        typeof(OpsControlBody), Success: 202)
    {
        RequestOptional = true,
        Problems = [400, 404, 409],
    };
}
