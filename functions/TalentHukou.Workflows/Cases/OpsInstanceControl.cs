using Microsoft.DurableTask.Client;
using TalentHukou.Workflows.Durable;

namespace TalentHukou.Workflows.Cases;

/// <summary>
/// The single-instance rules of ops controls (contract v1.2), for the one-instance routes and for bulk actions alike:
/// no control moves a case out of a terminal state. Restart only a failed instance of an open case, resuming from its
/// record; terminate an application's instance closes its case, a card saga's is refused; suspend and resume only open
/// cases; purge only terminal ones. A technical instance (email, sweeps, key rotation) is controlled as it is.
/// The caller audits the outcome.
/// </summary>
public sealed class OpsInstanceControl(BusinessCases cases, OpsCaseActions actions)
{
    public static IReadOnlyList<string> Actions { get; } = ["restart", "terminate", "suspend", "resume", "purge"];

    public Task<ControlOutcome> RunAsync(
        DurableTaskClient durable, string instanceId, string action, CancellationToken ct) => action switch
        {
            "restart" => RestartAsync(durable, instanceId, ct),
            "terminate" => TerminateAsync(durable, instanceId, ct),
            "suspend" => WhileOpenAsync(
                durable, instanceId, (c, i, t) => c.SuspendInstanceAsync(i, "suspended by ops", t), ct),
            "resume" => WhileOpenAsync(
                durable, instanceId, (c, i, t) => c.ResumeInstanceAsync(i, "resumed by ops", t), ct),
            "purge" => PurgeAsync(durable, instanceId, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an ops control."),
        };

    /// <summary>
    /// What <paramref name="action"/> would do to the instance's case, for a dry run: read from the case as it is now,
    /// by the same rules; the apply checks again.
    /// </summary>
    public async Task<string> DescribeAsync(
        DurableTaskClient durable, string instanceId, string action, CancellationToken ct) =>
        (await AssessAsync(durable, instanceId, action, ct)).Text;

    /// <summary>
    /// Whether the case rules allow <paramref name="action"/> on the instance now, and what it would do (the text a dry
    /// run shows; a refusal's starts with <c>refused:</c>).
    /// </summary>
    public async Task<ControlAssessment> AssessAsync(
        DurableTaskClient durable, string instanceId, string action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (CaseKinds.Of(instanceId) is not { } key) return Allow($"technical instance: {action} as it is");
        var found = await cases.FindAsync(key.Kind, key.Id, ct);
        var name = found is null ? $"{key.Kind} {key.Id} (no record)" : $"{found.Kind} {found.Id} at {found.Stage}";
        if (key.Kind == CaseKinds.Card && action is "restart" or "terminate")
            return Refuse($"a card saga is not {action}ed ({name})");
        if (action == "purge")
            return found is { IsOpen: true }
                ? Refuse($"{name} is still open")
                : Allow($"history purged; {name} unchanged");
        if (found is not { IsOpen: true }) return Refuse($"{name} is closed and stays closed");
        var instance = await durable.GetInstanceAsync(instanceId, ct);
        return action switch
        {
            "restart" when instance?.RuntimeStatus != OrchestrationRuntimeStatus.Failed =>
                Refuse($"only a failed instance is restarted ({name})"),
            "restart" => Allow($"{name}: its process resumes from the record"),
            "terminate" when key.Kind == CaseKinds.Application =>
                Allow($"{name}: case closed (closed-by-ops), lock released, applicant told"),
            "terminate" => Allow($"{name}: process terminated, the case stays as it is"),
            _ => Allow($"{name}: process {action}d"),
        };

        static ControlAssessment Allow(string text) => new(true, text);
        static ControlAssessment Refuse(string reason) => new(false, "refused: " + reason);
    }

    private async Task<ControlOutcome> RestartAsync(DurableTaskClient durable, string id, CancellationToken ct)
    {
        if (CaseKinds.Of(id) is not { } key)
            return await PlainAsync(durable, id, (c, i, t) => c.RestartAsync(i, false, t), ct);
        if (await durable.GetInstanceAsync(id, ct) is not { } instance) return ControlOutcome.NotFound;
        if (key.Kind == CaseKinds.Card)
            return ControlOutcome.Refused("A card saga is retried by its application's process, with a new attempt.");
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
            return ControlOutcome.Refused(
                $"Only a failed instance is restarted; this one is {instance.RuntimeStatus}.");
        if (await OpenCaseAsync(key, ct) is { } refusal) return ControlOutcome.Refused(refusal);
        var started = key.Kind == CaseKinds.Application
            ? await actions.ResumeApplicationAsync(durable, key.Id, ct)
            : await RestartInPlaceAsync(durable, id, ct);
        return started ? ControlOutcome.Accepted("resumed from the record")
            : ControlOutcome.Refused("The case closed or its process started meanwhile.");
    }

    private async Task<ControlOutcome> TerminateAsync(DurableTaskClient durable, string id, CancellationToken ct)
    {
        if (CaseKinds.Of(id) is not { } key || key.Kind is not (CaseKinds.Application or CaseKinds.Card))
            return await PlainAsync(durable, id, (c, i, t) => c.TerminateInstanceAsync(i, "terminated by ops", t), ct);
        if (await durable.GetInstanceAsync(id, ct) is not { } instance) return ControlOutcome.NotFound;
        if (key.Kind == CaseKinds.Card)
            return ControlOutcome.Refused("A card saga is not cut off: its steps are compensated by the saga itself.");
        if (await OpenCaseAsync(key, ct) is { } refusal) return ControlOutcome.Refused(refusal);
        if (DurableStarts.IsLive(instance.RuntimeStatus))
            await durable.TerminateInstanceAsync(id, "terminated by ops: case closed", ct);
        return await actions.CloseApplicationAsync(durable, key.Id, ct)
            ? ControlOutcome.Accepted("case closed: " + OpsCaseActions.ClosedReason)
            : ControlOutcome.Refused("The case reached a terminal stage meanwhile.");
    }

    private async Task<ControlOutcome> PurgeAsync(DurableTaskClient durable, string id, CancellationToken ct)
    {
        if (CaseKinds.Of(id) is { } key && await cases.FindAsync(key.Kind, key.Id, ct) is { IsOpen: true } open)
            return ControlOutcome.Refused(
                $"The {open.Kind} is {open.Stage}, still open: only an instance of a terminal case is purged.");
        var result = await durable.PurgeInstanceAsync(id, ct);
        return result.PurgedInstanceCount > 0 ? ControlOutcome.Accepted(null) : ControlOutcome.NotFound;
    }

    private async Task<ControlOutcome> WhileOpenAsync(
        DurableTaskClient durable, string id, Func<DurableTaskClient, string, CancellationToken, Task> run,
        CancellationToken ct)
    {
        if (CaseKinds.Of(id) is { } key && await OpenCaseAsync(key, ct) is { } refusal)
            return ControlOutcome.Refused(refusal);
        return await PlainAsync(durable, id, run, ct);
    }

    /// <summary>
    /// The control on the instance as it is (a technical instance, or after the case rules allowed it).
    /// </summary>
    private static async Task<ControlOutcome> PlainAsync(
        DurableTaskClient durable, string id, Func<DurableTaskClient, string, CancellationToken, Task> run,
        CancellationToken ct)
    {
        if (await durable.GetInstanceAsync(id, ct) is null) return ControlOutcome.NotFound;
        try
        {
            await run(durable, id, ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Grpc.Core.RpcException)
        {
            return ControlOutcome.Refused("The instance refused the operation in its current state.");
        }
        return ControlOutcome.Accepted(null);
    }

    /// <summary>Null when the case is open; otherwise why not.</summary>
    private async Task<string?> OpenCaseAsync((string Kind, string Id) key, CancellationToken ct)
    {
        var found = await cases.FindAsync(key.Kind, key.Id, ct);
        if (found is null) return $"No {key.Kind} record behind this instance.";
        return found.IsOpen ? null : $"The {found.Kind} is {found.Stage}: a closed case stays closed.";
    }

    /// <summary>
    /// Registry and ticket processes take their state from the record when they start: their input is rebuilt as it
    /// was.
    /// </summary>
    private static async Task<bool> RestartInPlaceAsync(
        DurableTaskClient durable, string instanceId, CancellationToken ct)
    {
        await durable.RestartAsync(instanceId, restartWithNewInstanceId: false, ct);
        return true;
    }
}

/// <summary>Whether a control is allowed on an instance now, and what it would do (or why not).</summary>
public sealed record ControlAssessment(bool Allowed, string Text);

/// <summary>What a control did: <c>accepted</c>, <c>refused</c> (with the reason) or <c>not-found</c>.</summary>
public sealed record ControlOutcome(string Outcome, string? Reason)
{
    public static ControlOutcome NotFound { get; } = new("not-found", null);

    public static ControlOutcome Accepted(string? detail) => new("accepted", detail);

    public static ControlOutcome Refused(string reason) => new("refused", reason);
}
