using System.ComponentModel;
using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Common;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Cases;

/// <summary>
/// The ops controls a case allows now, each with what it will do to the case, for the case view: on its process and
/// its card sagas, whichever <see cref="OpsInstanceControl"/>'s rules allow and the instance's runtime state can take
/// (suspend a live one, resume a suspended one, purge an ended one); repair when the case is stranded and a restart
/// does not already offer the same. The routes check again when one runs.
/// </summary>
public sealed class CaseControls(OpsInstanceControl control, StrandedCases stranded)
{
    public async Task<IReadOnlyList<CaseControl>> ForAsync(
        DurableTaskClient durable, string kind, string id, IEnumerable<string> instanceIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var offered = new List<CaseControl>();
        foreach (var instanceId in instanceIds.Where(i => CaseKinds.Of(i) is not null))
        {
            if (await durable.GetInstanceAsync(instanceId, ct) is not { } instance) continue;
            foreach (var action in OpsInstanceControl.Actions)
            {
                if (!Takes(action, instance.RuntimeStatus, CaseKinds.Of(instanceId)!.Value.Kind)) continue;
                if (!(await control.AssessAsync(durable, instanceId, action, ct)).Allowed) continue;
                var method = action == "purge" ? CaseControl.Delete : CaseControl.Post;
                offered.Add(new CaseControl(action, instanceId, method,
                    InstancePath(instanceId, action), CaseControlEffects.Of(action, instanceId)));
            }
        }
        var process = StrandedCases.InstanceIdOf(kind, id);
        if (!offered.Any(c => c.Action == "restart" && c.InstanceId == process)
            && await stranded.CheckAsync(durable, kind, id, ct) is { } gone)
            offered.Add(new CaseControl("repair", process, CaseControl.Post,
                $"/api/ops/cases/{kind}/{Uri.EscapeDataString(id)}/repair",
                CaseControlEffects.Repair(gone.RuntimeStatus)));
        return offered;
    }

    /// <summary>Whether the instance's runtime state can take the action at all (the case rules come after).</summary>
    private static bool Takes(string action, OrchestrationRuntimeStatus status, string kind) => action switch
    {
        "restart" => status == OrchestrationRuntimeStatus.Failed,
        "terminate" => kind == CaseKinds.Application || DurableStarts.IsLive(status),
        "suspend" => status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending,
        "resume" => status == OrchestrationRuntimeStatus.Suspended,
        "purge" => status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
            or OrchestrationRuntimeStatus.Terminated,
        _ => false,
    };

    private static string InstancePath(string instanceId, string action)
    {
        var path = "/api/ops/instances/" + Uri.EscapeDataString(instanceId);
        return action == "purge" ? path : $"{path}/{action}";
    }
}

/// <summary>
/// A control the case allows: the action, the instance it acts on, the route that runs it (it takes
/// <c>{reason}</c>) and what it will do to the case, in Chinese, to show before it runs.
/// </summary>
[Description("案件可用的运维操作。An ops control the case allows now, with the call to make and what it does.")]
public sealed record CaseControl(
    [WireValues(typeof(OpsInstanceControl), Member = nameof(OpsInstanceControl.Actions), Schema = "OpsControlAction")]
    string Action,
    string InstanceId,
    [WireValues(typeof(CaseControl), Member = nameof(CaseControl.Methods), Schema = "CaseControlMethod")]
    [Description("请求方法。The HTTP method of the call that runs the control.")]
    string Method,
    [Description("请求路径。The /api path to call; send a JSON body with a reason.")]
    string Path,
    [Description("效果说明。What the control will do to the case, in Chinese, to show before it runs.")]
    string Effect)
{
    public const string Post = "POST";
    public const string Delete = "DELETE";

    /// <summary>The methods a control is run with.</summary>
    public static IReadOnlyList<string> Methods { get; } = [Post, Delete];
}
