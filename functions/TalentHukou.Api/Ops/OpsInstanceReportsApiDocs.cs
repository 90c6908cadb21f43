using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Cases.Instances;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsInstanceReportsApi"/>'s routes, by route name.</summary>
internal static class OpsInstanceReportsApiDocs
{
    public static ApiDoc OpsInstanceHistogram { get; } = new(
        "Instances started, completed and failed per hour or day over a range of at most "
        + $"{InstanceFilter.MaxScanDays} days (default: the last 7); a scan",
        Response: typeof(HistogramResult))
    {
        Query = ["from", "to", "bucket", "name"],
    };

    public static ApiDoc OpsExportInstances { get; } = new(
        "The filtered instance list, every page, as CSV or JSON (masked; CSV cells neutralised)",
        Response: typeof(InstanceExport))
    {
        Query = ["format", .. OpsInstanceFilters.QueryNames],
        MediaType = "text/csv",
    };
}
