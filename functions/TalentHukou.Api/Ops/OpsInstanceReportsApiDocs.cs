using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Workflows.Cases.Instances;

namespace TalentHukou.Api.Ops;

/// <summary>The OpenAPI words of <see cref="OpsInstanceReportsApi"/>'s routes, by route name.</summary>
internal static class OpsInstanceReportsApiDocs
{
    internal static readonly QueryParameter Bucket = QueryParameter.OneOf("bucket", OpsInstanceReportsApi.Buckets.Keys,
        "统计粒度。hour or day (the default).");

    internal static readonly QueryParameter Format = QueryParameter.OneOf("format", OpsInstanceReportsApi.Formats.Keys,
        "导出格式。csv (the default) or json.");

    public static ApiDoc OpsInstanceHistogram { get; } = new(
        "Instances started, completed and failed per hour or day over a range of at most "
        + $"{InstanceFilter.MaxScanDays} days (default: the last 7); a scan",
        Response: typeof(HistogramResult))
    {
        Query = [Paging.From, Paging.To, Bucket, OpsInstanceFilters.Name],
    };

    public static ApiDoc OpsExportInstances { get; } = new(
        "The filtered instance list, every page, as CSV or JSON (masked; CSV cells neutralised)",
        Response: typeof(InstanceExport))
    {
        Query = [Format, .. OpsInstanceFilters.QueryNames],
        MediaType = "text/csv",
    };
}
