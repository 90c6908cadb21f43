using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TalentHukou.Api.Auth;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Time;
using TalentHukou.Workflows.Cases.Instances;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Instances over time (the histogram) and the filtered list exported as CSV or JSON, every page. Both read instances
/// in a bounded created-time range, and say which.
/// </summary>
public static class OpsInstanceReportsApi
{
    public const int MaxExportRows = 100_000;

    private static readonly Access OpsOnly = Access.RolesOf(Roles.Ops);

    internal static readonly IReadOnlyDictionary<string, TimeSpan> Buckets = new Dictionary<string, TimeSpan>
    {
        ["hour"] = TimeSpan.FromHours(1),
        ["day"] = TimeSpan.FromDays(1),
    };

    internal static readonly IReadOnlyDictionary<string, bool> Formats =
        new Dictionary<string, bool> { ["csv"] = true, ["json"] = false };

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsInstanceHistogram", "GET", "ops/instances/histogram", OpsOnly,
            Handle.With<InstanceHistogram>(Histogram)) { Doc = OpsInstanceReportsApiDocs.OpsInstanceHistogram },
        new("OpsExportInstances", "GET", "ops/instances/export", OpsOnly, Handle.With<InstanceScan>(Export))
        {
            Doc = OpsInstanceReportsApiDocs.OpsExportInstances,
        },
    ];

    public static async Task<IResult> Histogram(ApiRequest request, InstanceHistogram histogram)
    {
        var query = request.Query();
        var now = Now(request);
        var from = query.Date(Input.Paging.From);
        var to = query.Date(Input.Paging.To);
        var bucket = query.OneOf(OpsInstanceReportsApiDocs.Bucket, Buckets) ?? TimeSpan.FromDays(1);
        var name = query.Text(OpsInstanceFilters.Name);
        query.ThrowIfInvalid();
        var end = to is { } t ? ChinaTime.At(t.AddDays(1), TimeOnly.MinValue) : now;
        var start = from is { } f ? ChinaTime.At(f, TimeOnly.MinValue) : end.AddDays(-7);
        if (start >= end || end - start > TimeSpan.FromDays(InstanceFilter.MaxScanDays))
            return Problems.Problems.Result(Problems.ProblemTypes.ValidationFailed,
                $"from must be before to, at most {InstanceFilter.MaxScanDays} days apart (the histogram scans).");
        return TypedResults.Ok(await histogram.CountAsync(request.Durable, start, end, bucket, name, request.Aborted));
    }

    public static async Task<IResult> Export(ApiRequest request, InstanceScan scan)
    {
        var query = request.Query();
        var csv = query.OneOf(OpsInstanceReportsApiDocs.Format, Formats) ?? true;
        var filter = OpsInstanceFilters.Read(query, Now(request));
        var rows = scan.AllAsync(request.Durable, filter, MaxExportRows, request.Aborted);
        var scanned = OpsInstanceFilters.ScanOf(filter);
        if (!csv)
        {
            var items = new List<InstanceRow>();
            await foreach (var row in rows) items.Add(row);
            return TypedResults.Ok(new InstanceExport(items, scanned));
        }
        var response = request.Http.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"instances.csv\"";
        if (scanned is not null) response.Headers["Ops-Scan-Range"] = JsonSerializer.Serialize(scanned);
        await response.WriteAsync(CsvCells.Line("instanceId", "name", "runtimeStatus", "createdAt", "lastUpdatedAt",
            "caseKind", "caseId", "stage", "office"), request.Aborted);
        await foreach (var r in rows)
            await response.WriteAsync(CsvCells.Line(r.InstanceId, r.Name, r.RuntimeStatus, r.CreatedAt, r.LastUpdatedAt,
                r.CaseKind, r.CaseId, r.Stage, r.Office), request.Aborted);
        return TypedResults.Empty;
    }

    /// <summary>Instances are stamped in real time (not business time).</summary>
    internal static DateTimeOffset Now(ApiRequest request) =>
        (request.Http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
}

/// <summary>Every instance the filters select, and the range scanned when a filter scans.</summary>
public sealed record InstanceExport(IReadOnlyList<InstanceRow> Items, ScanRange? Scan);
