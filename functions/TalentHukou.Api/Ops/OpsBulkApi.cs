using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Audit;
using TalentHukou.Adapters.Ops;
using TalentHukou.Adapters.Storage;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Cases;
using TalentHukou.Workflows.Cases.Bulk;
using TalentHukou.Workflows.Cases.Instances;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Safe bulk actions (contract v1.2): a dry run lists exactly the instances and the effect on each case; an apply acts
/// on that list by the dry run's id, as an orchestration, re-checking each with the single-instance rules. A bulk
/// terminate is capped and needs a second person, an admin, to approve it.
/// </summary>
public static class OpsBulkApi
{
    public const int MaxInstances = 500;
    public const int MaxTerminate = 50;
    /// <summary>The actions a bulk dry run may name.</summary>
    public static IReadOnlyList<string> BulkActions { get; } = ["restart", "terminate", "purge", "resume"];

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsBulkDryRun", "POST", "ops/bulk/dry-runs", Access.RolesOf(Roles.Ops),
            Handle.With<OpsBulkServices>(DryRun)) { Doc = OpsBulkApiDocs.OpsBulkDryRun },
        new("OpsApproveBulk", "POST", "ops/bulk/dry-runs/{dryRunId}/approval", Access.RolesOf(Roles.Admin),
            Handle.With<OpsBulkServices>(Approve)) { Doc = OpsBulkApiDocs.OpsApproveBulk },
        new("OpsApplyBulk", "POST", "ops/bulk", Access.RolesOf(Roles.Ops), Handle.With<OpsBulkServices>(Apply))
        {
            Doc = OpsBulkApiDocs.OpsApplyBulk,
        },
        new("OpsBulkProgress", "GET", "ops/bulk/{bulkId}", Access.RolesOf(Roles.Ops, Roles.Admin),
            Handle.With<OpsBulkServices>(Progress)) { Doc = OpsBulkApiDocs.OpsBulkProgress },
    ];

    public static async Task<IResult> DryRun(ApiRequest request, OpsBulkServices services)
    {
        var body = await request.ReadJsonAsync<BulkDryRunBody>();
        var check = new BodyValidator();
        var reason = check.Text<BulkDryRunBody>("reason", body.Reason);
        check.Require(body.Action is not null && BulkActions.Contains(body.Action), "action", "取值无效",
            "action must be restart, terminate, purge or resume.");
        if (!check.IsValid) return check.Problem();
        var filter = OpsInstanceFilters.Read(OpsInstanceFilters.From(body.Filter), OpsInstanceReportsApi.Now(request));
        var cap = body.Action == "terminate" ? MaxTerminate : MaxInstances;
        var effects = new List<BulkEffect>();
        await foreach (var row in services.Scan.AllAsync(request.Durable, filter, cap + 1, request.Aborted))
        {
            if (effects.Count == cap)
                return Problems.Problems.Result(ProblemTypes.TooManyInstances,
                    $"More than {cap}"
                        + $" instances match: narrow the filter (a bulk {body.Action} acts on at most {cap}).");
            effects.Add(new BulkEffect(
                row.InstanceId,
                await services.Control.DescribeAsync(request.Durable, row.InstanceId, body.Action!, request.Aborted)));
        }
        var run = new BulkDryRun(TableKeys.SortableId("DR", OpsInstanceReportsApi.Now(request)), body.Action!, reason!,
            request.Caller.Subject, OpsInstanceReportsApi.Now(request), effects.Select(e => e.InstanceId).ToList());
        await services.DryRuns.AddAsync(run, request.Aborted);
        await OpsInstancesApi.Audit(
            request,
            services.Audit,
            "bulk-dry-run",
            run.DryRunId,
            "accepted",
            $"{run.Action} × {effects.Count}: {reason}");
        return TypedResults.Created($"/api/ops/bulk/dry-runs/{run.DryRunId}",
            new BulkDryRunView(
                run.DryRunId,
                run.Action,
                effects.Count,
                run.Action == "terminate",
                effects,
                OpsInstanceFilters.ScanOf(filter)));
    }

    public static async Task<IResult> Approve(ApiRequest request, OpsBulkServices services)
    {
        var id = request.RouteValue("dryRunId");
        if (await services.DryRuns.GetAsync(id, request.Aborted) is not { } run)
            return Problems.Problems.NotFound("No dry run with this id.");
        string? refusal = run.Action != "terminate" ? "Only a bulk terminate needs an approval."
            : run.Actor == request.Caller.Subject
                ? "The approval must come from a second person, not the operator who asked."
            : run.ApprovedBy is not null ? "This dry run is approved already." : null;
        if (refusal is null && !await services.DryRuns.ApproveAsync(
            run, request.Caller.Subject, OpsInstanceReportsApi.Now(request), request.Aborted))
        {
            refusal = "The dry run changed meanwhile; read it again.";
        }
        await services.Audit.AppendAsync(new AuditRecord(request.Caller.Subject, Roles.Admin, "ops.bulk-approval", id,
            refusal is null ? "accepted" : "refused", refusal), request.Aborted);
        return refusal is null ? TypedResults.NoContent() : Problems.Problems.Result(ProblemTypes.Conflict, refusal);
    }

    public static async Task<IResult> Apply(ApiRequest request, OpsBulkServices services)
    {
        var body = await request.ReadJsonAsync<BulkApplyBody>();
        if (body.DryRunId is null || await services.DryRuns.GetAsync(body.DryRunId, request.Aborted) is not { } run)
            return Problems.Problems.NotFound("No dry run with this id.");
        if (run.Action == "terminate" && run.ApprovedBy is null)
            return Problems.Problems.Result(ProblemTypes.Conflict, "A bulk terminate needs an admin's approval first.");
        var bulkId = OpsBulkOrchestrator.InstanceIdFor(run.DryRunId);
        var input = new BulkInput(run.DryRunId, run.Action, request.Caller.Subject, run.Reason, run.InstanceIds);
        var started = await request.Durable.StartUnlessPresentAsync(
            nameof(OpsBulkOrchestrator), input, bulkId, replaceEnded: false, request.Aborted);
        if (started)
            await OpsInstancesApi.Audit(
                request,
                services.Audit,
                "bulk-apply",
                run.DryRunId,
                "accepted",
                $"{run.Action} × {run.InstanceIds.Count}: {run.Reason}");
        return TypedResults.Accepted($"/api/ops/bulk/{bulkId}", new BulkAccepted(bulkId, run.InstanceIds.Count));
    }

    public static async Task<IResult> Progress(ApiRequest request, OpsBulkServices services)
    {
        var bulkId = request.RouteValue("bulkId");
        if (!bulkId.StartsWith(OpsBulkOrchestrator.InstanceIdFor(""), StringComparison.Ordinal)
            || await request.Durable.GetInstanceAsync(
                bulkId, getInputsAndOutputs: true, request.Aborted) is not { } instance)
        {
            return Problems.Problems.NotFound("No bulk action with this id.");
        }
        var progress = instance.ReadCustomStatusAs<BulkProgress>() ?? new BulkProgress(0, 0, 0, 0, 0);
        var finished = instance.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed;
        return TypedResults.Ok(new BulkProgressView(bulkId, finished, progress.Done, progress.Total, progress.Succeeded,
            progress.Refused, progress.Failed, instance.RuntimeStatus.ToString()));
    }
}

/// <summary>What the bulk routes use.</summary>
public sealed record OpsBulkServices(
    InstanceScan Scan, OpsInstanceControl Control, BulkDryRuns DryRuns, AuditTrail Audit);

/// <summary>
/// A dry run's request: the instance filters (as the list's query names them), the action and the reason.
/// </summary>
[Description("批量操作预演请求。A bulk action to dry-run over the instances an ops filter selects.")]
public sealed record BulkDryRunBody(
    [OptionalField]
    [Description("筛选条件。The query parameters of GET /ops/instances, name to value; left out, the list's "
        + "defaults apply.")]
    Dictionary<string, string?>? Filter,
    [WireValues(typeof(OpsBulkApi), Member = nameof(OpsBulkApi.BulkActions), Schema = "BulkAction")] string? Action,
    [TextField(2, 300)]
    string? Reason);

/// <summary>One instance of a dry run and what the action would do to its case.</summary>
[Description("批量操作对单个实例的影响。What the action would do to one instance's case.")]
public sealed record BulkEffect(string InstanceId,
    [Description("对案件的影响。What the action would do to the instance's case, in words.")]
    string CaseEffect);

/// <summary>
/// A stored dry run: its id, the count, each instance's effect, whether an admin must approve, the range scanned.
/// </summary>
[Description("批量操作预演。What a bulk action would do, before an admin approves it.")]
public sealed record BulkDryRunView(
    string DryRunId,
    [WireValues(typeof(OpsBulkApi), Member = nameof(OpsBulkApi.BulkActions), Schema = "BulkAction")] string Action,
    int Count,
    [Description("需审批。True for a bulk terminate: a second person, an admin, approves it before it runs.")]
    bool NeedsApproval,
    [Description("各实例的影响。What the action would do to each matched instance.")]
    IReadOnlyList<BulkEffect> Effects,
    ScanRange? Scan);

/// <summary>Which dry run to apply.</summary>
[Description("执行批量操作。Which stored dry run to apply.")]
public sealed record BulkApplyBody(string? DryRunId);

/// <summary>The bulk apply started (or already there): its id and how many instances it acts on.</summary>
[Description("批量操作已开始。A bulk apply started (or already running): its id and how many instances it acts on.")]
public sealed record BulkAccepted(string BulkId, int Total);

/// <summary>A bulk apply's progress (<c>done</c> when it finished).</summary>
[Description("批量操作进度。A bulk apply's progress and summary.")]
public sealed record BulkProgressView(
    string BulkId, bool Finished, int Done, int Total, int Succeeded, int Refused, int Failed,
    [WireValues(typeof(OrchestrationRuntimeStatus), AsDeclared = true)] string RuntimeStatus);
