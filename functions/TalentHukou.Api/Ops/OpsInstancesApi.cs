using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Audit;
using TalentHukou.Api.Auth;
using TalentHukou.Api.Input;
using TalentHukou.Api.OpenApi;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Privacy;
using TalentHukou.Workflows.Cases.Instances;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Monitoring and controlling orchestration instances (what Durable Functions Monitor offers, through our API).
/// </summary>
public static class OpsInstancesApi
{
    private static QueryParameter PageSize => Paging.OpsPageSize;
    private static QueryParameter ContinuationToken => Paging.OpsInstancesContinuationToken;

    private static readonly IReadOnlyDictionary<string, OrchestrationRuntimeStatus> Statuses =
        Enum.GetValues<OrchestrationRuntimeStatus>()
            .ToDictionary(s => s.ToString(), s => s, StringComparer.OrdinalIgnoreCase);

    private static readonly Access OpsOnly = Access.RolesOf(Roles.Ops);

    public static IEnumerable<ApiRoute> Routes { get; } =
    [
        new("OpsListInstances", "GET", "ops/instances", OpsOnly, Handle.With<InstanceScan>(List))
        {
            Doc = OpsInstancesApiDocs.OpsListInstances,
        },
        new("OpsGetInstance", "GET", "ops/instances/{instanceId}", OpsOnly, Handle.With<IInstanceHistorySource>(Get))
        {
            NotLiterals = new Dictionary<string, string[]> { ["instanceId"] = ["histogram", "export"] },
            Doc = OpsInstancesApiDocs.OpsGetInstance,
        },
        new("OpsTerminateInstance", "POST", "ops/instances/{instanceId}/terminate", OpsOnly,
            Handle.With<OpsCaseServices>(OpsCaseControls.Terminate)) { Doc = OpsInstancesApiDocs.OpsTerminateInstance },
        new("OpsSuspendInstance", "POST", "ops/instances/{instanceId}/suspend", OpsOnly,
            Handle.With<OpsCaseServices>(OpsCaseControls.Suspend)) { Doc = OpsInstancesApiDocs.OpsSuspendInstance },
        new("OpsResumeInstance", "POST", "ops/instances/{instanceId}/resume", OpsOnly,
            Handle.With<OpsCaseServices>(OpsCaseControls.Resume)) { Doc = OpsInstancesApiDocs.OpsResumeInstance },
        new("OpsRestartInstance", "POST", "ops/instances/{instanceId}/restart", OpsOnly,
            Handle.With<OpsCaseServices>(OpsCaseControls.Restart)) { Doc = OpsInstancesApiDocs.OpsRestartInstance },
        new("OpsRaiseEvent", "POST", "ops/instances/{instanceId}/events/{eventName}", OpsOnly,
            Handle.With<AuditTrail>(RaiseEvent)) { Doc = OpsInstancesApiDocs.OpsRaiseEvent },
        new("OpsPurgeInstance", "DELETE", "ops/instances/{instanceId}", OpsOnly,
            Handle.With<OpsCaseServices>(OpsCaseControls.Purge)) { Doc = OpsInstancesApiDocs.OpsPurgeInstance },
    ];

    public static async Task<IResult> List(ApiRequest request, InstanceScan scan)
    {
        var query = request.Query();
        var token = query.Text(ContinuationToken);
        var pageSize = query.Integer(PageSize)!.Value;
        var filter = OpsInstanceFilters.Read(query, OpsInstanceReportsApi.Now(request));
        var page = await scan.PageAsync(request.Durable, filter, pageSize, token, request.Aborted);
        return TypedResults.Ok(new InstancePage(page.Items, page.ContinuationToken, OpsInstanceFilters.ScanOf(filter)));
    }

    public static async Task<IResult> Get(ApiRequest request, IInstanceHistorySource histories)
    {
        var id = request.RouteValue("instanceId");
        var instance = await request.Durable.GetInstanceAsync(id, getInputsAndOutputs: true, request.Aborted);
        if (instance is null) return Problems.Problems.NotFound("No instance has this instanceId.");
        var history = await histories.GetAsync(request.Durable, id, request.Aborted);
        return TypedResults.Ok(new InstanceDetail(InstanceSummary.From(instance),
            OpsJsonMasking.Mask(instance.SerializedInput, "input"),
            OpsJsonMasking.Mask(instance.SerializedOutput, "output"),
            OpsJsonMasking.Mask(instance.SerializedCustomStatus, "customstatus"),
            instance.FailureDetails?.ErrorMessage is { } failure ? PersonalDataScrubber.Scrub(failure) : null,
            history));
    }

    /// <summary>
    /// Raises a technical event; a business event name (or any name not listed as technical) gets 403.
    /// </summary>
    public static async Task<IResult> RaiseEvent(ApiRequest request, AuditTrail audit)
    {
        var name = request.RouteValue("eventName");
        var id = request.RouteValue("instanceId");
        if (await request.Durable.GetInstanceAsync(id, request.Aborted) is null)
        {
            await Audit(request, audit, "raise", id, "not-found", $"event {name}");
            return Problems.Problems.NotFound("No instance has this instanceId.");
        }
        if (!OrchestrationEvents.IsTechnical(name))
        {
            await Audit(request, audit, "raise", id, "refused", $"event {name}: not a technical event");
            return Problems.Problems.Result(ProblemTypes.Forbidden,
                $"Ops raise technical events only ({string.Join(", ", OrchestrationEvents.Technical)}); "
                    + "decisions are taken through their own routes.");
        }
        var hasBody = request.Http.Request.ContentLength > 0 || request.Http.Request.Headers.TransferEncoding.Count > 0;
        using var payload = hasBody ? await request.ReadJsonAsync<JsonDocument>() : null;
        var data = payload?.RootElement.Clone();
        return await Control(
            request, audit, "raise", (c, _, ct) => c.RaiseEventAsync(id, name, data, ct), $"event {name}");
    }

    internal static async Task<IResult> Control(
        ApiRequest request,
        AuditTrail audit,
        string action,
        Func<DurableTaskClient, string, CancellationToken, Task> run,
        string? detail = null)
    {
        var id = request.RouteValue("instanceId");
        if (await request.Durable.GetInstanceAsync(id, request.Aborted) is null)
        {
            await Audit(request, audit, action, id, "not-found", detail);
            return Problems.Problems.NotFound("No instance has this instanceId.");
        }
        try
        {
            await run(request.Durable, id, request.Aborted);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Grpc.Core.RpcException)
        {
            await Audit(request, audit, action, id, "refused", detail);
            return Problems.Problems.Result(
                ProblemTypes.Conflict, "The instance refused the operation in its current state.");
        }
        await Audit(request, audit, action, id, "accepted", detail);
        return TypedResults.Accepted($"/api/ops/instances/{id}");
    }

    internal static Task Audit(
        ApiRequest request, AuditTrail audit, string action, string target, string outcome, string? detail = null) =>
        audit.AppendAsync(
            new AuditRecord(request.Caller.Subject, Roles.Ops, "ops." + action, target, outcome, detail),
            request.Aborted);
}

/// <summary>An instance as the list shows it.</summary>
[Description("编排实例概要。An orchestration instance's name, runtime status and times.")]
public sealed record InstanceSummary(
    string InstanceId, string Name,
    [WireValues(typeof(OrchestrationRuntimeStatus), AsDeclared = true)] string RuntimeStatus,
    DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt)
{
    public static InstanceSummary From(OrchestrationMetadata m) =>
        new(m.InstanceId, m.Name, m.RuntimeStatus.ToString(), m.CreatedAt, m.LastUpdatedAt);
}

/// <summary>
/// A page of instances (it may hold fewer than asked and still have a next page), and the range a scan read.
/// </summary>
[Description("流程实例列表（分页）。One page of orchestration instances.")]
public sealed record InstancePage(IReadOnlyList<InstanceRow> Items, string? ContinuationToken, ScanRange? Scan);

/// <summary>One instance with its (masked) input, output, custom status and history.</summary>
[Description("流程实例详情。One orchestration instance with its history.")]
public sealed record InstanceDetail(
    [Description("实例。The instance's name, status and times.")] InstanceSummary Instance,
    string? Input,
    string? Output,
    string? CustomStatus,
    [Description("失败信息（脱敏）。The failure's message, scrubbed of personal data; null unless it failed.")]
    string? Failure,
    [Description("历史事件。The instance's history, oldest first.")] IReadOnlyList<HistoryItem> History);
