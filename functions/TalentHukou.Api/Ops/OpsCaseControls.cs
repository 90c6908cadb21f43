using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using TalentHukou.Api.Problems;
using TalentHukou.Api.Routing;
using TalentHukou.Workflows.Cases;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Api.Ops;

/// <summary>
/// Ops controls on instances that follow a business case (contract v1.2): no control moves a case out of a terminal
/// state. Restart only a failed instance of an open case, resuming from its record; terminate an application's instance
/// closes its case, a card saga's is refused; suspend and resume only open cases; purge only terminal ones. A technical
/// instance (email, sweeps, key rotation) is controlled as it is. Every outcome is audited.
/// </summary>
public static class OpsCaseControls
{
    public static async Task<IResult> Restart(ApiRequest request, OpsCaseServices services)
    {
        var id = request.RouteValue("instanceId");
        if (CaseKinds.Of(id) is not { } key)
            return await OpsInstancesApi.Control(request, services.Audit, "restart", (c, i, ct) => c.RestartAsync(i, false, ct));
        if (await request.Durable.GetInstanceAsync(id, request.Aborted) is not { } instance) return await NotFound(request, services, "restart");
        if (key.Kind == CaseKinds.Card)
            return await Refuse(request, services, "restart", "A card saga is retried by its application's process, with a new attempt.");
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
            return await Refuse(request, services, "restart", $"Only a failed instance is restarted; this one is {instance.RuntimeStatus}.");
        if (await OpenCaseAsync(request, services, key) is { } refusal) return await Refuse(request, services, "restart", refusal);
        var started = key.Kind == CaseKinds.Application
            ? await services.Actions.ResumeApplicationAsync(request.Durable, key.Id, request.Aborted)
            : await RestartInPlaceAsync(request.Durable, id, request.Aborted);
        if (!started) return await Refuse(request, services, "restart", "The case closed or its process started meanwhile.");
        return await Accepted(request, services, "restart", "resumed from the record");
    }

    public static async Task<IResult> Terminate(ApiRequest request, OpsCaseServices services)
    {
        var id = request.RouteValue("instanceId");
        if (CaseKinds.Of(id) is not { } key || key.Kind is not (CaseKinds.Application or CaseKinds.Card))
            return await OpsInstancesApi.Control(request, services.Audit, "terminate", (c, i, ct) => c.TerminateInstanceAsync(i, "terminated by ops", ct));
        if (await request.Durable.GetInstanceAsync(id, request.Aborted) is not { } instance) return await NotFound(request, services, "terminate");
        if (key.Kind == CaseKinds.Card)
            return await Refuse(request, services, "terminate", "A card saga is not cut off: its steps are compensated by the saga itself.");
        if (await OpenCaseAsync(request, services, key) is { } refusal) return await Refuse(request, services, "terminate", refusal);
        if (DurableStarts.IsLive(instance.RuntimeStatus))
            await request.Durable.TerminateInstanceAsync(id, "terminated by ops: case closed", request.Aborted);
        if (!await services.Actions.CloseApplicationAsync(request.Durable, key.Id, request.Aborted))
            return await Refuse(request, services, "terminate", "The case reached a terminal stage meanwhile.");
        return await Accepted(request, services, "terminate", "case closed: " + OpsCaseActions.ClosedReason);
    }

    public static Task<IResult> Suspend(ApiRequest request, OpsCaseServices services) =>
        WhileOpen(request, services, "suspend", (c, i, ct) => c.SuspendInstanceAsync(i, "suspended by ops", ct));

    public static Task<IResult> Resume(ApiRequest request, OpsCaseServices services) =>
        WhileOpen(request, services, "resume", (c, i, ct) => c.ResumeInstanceAsync(i, "resumed by ops", ct));

    public static async Task<IResult> Purge(ApiRequest request, OpsCaseServices services)
    {
        var id = request.RouteValue("instanceId");
        if (CaseKinds.Of(id) is { } key && await services.Cases.FindAsync(key.Kind, key.Id, request.Aborted) is { IsOpen: true } open)
            return await Refuse(request, services, "purge", $"The {open.Kind} is {open.Stage}, still open: only an instance of a terminal case is purged.");
        return await OpsInstancesApi.Purge(request, services.Audit);
    }

    private static async Task<IResult> WhileOpen(
        ApiRequest request, OpsCaseServices services, string action, Func<DurableTaskClient, string, CancellationToken, Task> run)
    {
        var id = request.RouteValue("instanceId");
        if (CaseKinds.Of(id) is { } key && await OpenCaseAsync(request, services, key) is { } refusal)
            return await Refuse(request, services, action, refusal);
        return await OpsInstancesApi.Control(request, services.Audit, action, run);
    }

    /// <summary>Null when the case is open; otherwise why not.</summary>
    private static async Task<string?> OpenCaseAsync(ApiRequest request, OpsCaseServices services, (string Kind, string Id) key)
    {
        var found = await services.Cases.FindAsync(key.Kind, key.Id, request.Aborted);
        if (found is null) return $"No {key.Kind} record behind this instance.";
        return found.IsOpen ? null : $"The {found.Kind} is {found.Stage}: a closed case stays closed.";
    }

    /// <summary>Registry and ticket processes take their state from the record when they start: their input is rebuilt as it was.</summary>
    private static async Task<bool> RestartInPlaceAsync(DurableTaskClient durable, string instanceId, CancellationToken ct)
    {
        await durable.RestartAsync(instanceId, restartWithNewInstanceId: false, ct);
        return true;
    }

    private static async Task<IResult> Refuse(ApiRequest request, OpsCaseServices services, string action, string reason)
    {
        await OpsInstancesApi.Audit(request, services.Audit, action, request.RouteValue("instanceId"), "refused", reason);
        return Problems.Problems.Result(ProblemTypes.Conflict, reason);
    }

    private static async Task<IResult> NotFound(ApiRequest request, OpsCaseServices services, string action)
    {
        var id = request.RouteValue("instanceId");
        await OpsInstancesApi.Audit(request, services.Audit, action, id, "not-found");
        return Problems.Problems.NotFound($"No instance {id}.");
    }

    private static async Task<IResult> Accepted(ApiRequest request, OpsCaseServices services, string action, string detail)
    {
        var id = request.RouteValue("instanceId");
        await OpsInstancesApi.Audit(request, services.Audit, action, id, "accepted", detail);
        return TypedResults.Accepted($"/api/ops/instances/{id}");
    }
}
