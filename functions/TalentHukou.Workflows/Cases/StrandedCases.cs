using System.ComponentModel;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Support;
using TalentHukou.Domain.Common;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;

namespace TalentHukou.Workflows.Cases;

/// <summary>
/// Open cases whose process is gone (instance missing, terminated or failed), and their repair: a process re-attached
/// that resumes from the record. Reads every open case's record and instance, so it is for ops, on demand.
/// </summary>
public sealed class StrandedCases(
    ApplicationStore applications, RegistryRequestStore registry, SupportTicketStore tickets, BusinessCases cases,
    OpsCaseActions actions, IEnumerable<IStoredProcess> processes)
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<StrandedCase>> ListAsync(DurableTaskClient durable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var found = new List<StrandedCase>();
        await foreach (var (kind, id) in OpenCaseKeysAsync(ct))
            if (await CheckAsync(durable, kind, id, ct) is { } stranded) found.Add(stranded);
        return found;
    }

    /// <summary>
    /// Open cases whose process ops suspended (contract v1.2: deadlines keep running meanwhile), with when it was
    /// suspended; the same walk as the stranded list.
    /// </summary>
    public async Task<IReadOnlyList<StrandedCase>> ListSuspendedAsync(DurableTaskClient durable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        var found = new List<StrandedCase>();
        await foreach (var (kind, id) in OpenCaseKeysAsync(ct))
        {
            if (await cases.FindAsync(kind, id, ct) is not { IsOpen: true } open) continue;
            var instanceId = InstanceIdOf(kind, id);
            var instance = await durable.GetInstanceAsync(instanceId, ct);
            if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Suspended })
                found.Add(new StrandedCase(kind, id, open.Stage, instanceId,
                    nameof(OrchestrationRuntimeStatus.Suspended), instance.LastUpdatedAt));
        }
        return found;
    }

    /// <summary>The case if it is open and its process is gone; null otherwise.</summary>
    public async Task<StrandedCase?> CheckAsync(DurableTaskClient durable, string kind, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        if (await cases.FindAsync(kind, id, ct) is not { IsOpen: true } open) return null;
        var instanceId = InstanceIdOf(kind, id);
        var instance = await durable.GetInstanceAsync(instanceId, ct);
        if (instance is not null
            && (DurableStarts.IsLive(instance.RuntimeStatus)
                || instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed))
            return null;
        return new StrandedCase(kind, id, open.Stage, instanceId,
            instance?.RuntimeStatus.ToString() ?? StrandedCase.Missing, instance?.LastUpdatedAt);
    }

    /// <summary>
    /// Re-attaches a process to a stranded case, resuming from its record; false when it is not stranded.
    /// </summary>
    public async Task<bool> RepairAsync(DurableTaskClient durable, string kind, string id, CancellationToken ct)
    {
        if (await CheckAsync(durable, kind, id, ct) is not { } stranded) return false;
        if (kind == CaseKinds.Application) return await actions.ResumeApplicationAsync(durable, id, ct);
        // Registry and ticket processes build their state from the record when they start: start afresh in its place.
        if (stranded.RuntimeStatus != StrandedCase.Missing) await durable.PurgeInstanceAsync(stranded.InstanceId, ct);
        var process = processes.First(p => p.Kind == ProcessKindOf(kind));
        return await process.StartStoredAsync(durable, id, ct) == ProcessStart.Started;
    }

    public static string InstanceIdOf(string kind, string id) => $"{kind}-{id}";

    /// <summary>The kind's name among <see cref="IStoredProcess"/>es (their unstarted marks name them so).</summary>
    private static string ProcessKindOf(string kind) =>
        kind == CaseKinds.Ticket ? "support-ticket" : "registry-request";

    private async IAsyncEnumerable<(string Kind, string Id)> OpenCaseKeysAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? token = null;
        do
        {
            var (ids, next) = await applications.ScanIdsAsync(token, PageSize, ct);
            foreach (var id in ids) yield return (CaseKinds.Application, id);
            token = next;
        }
        while (token is not null);
        var types = Enum.GetValues<RegistryRequestType>();
        foreach (var request in await registry.ScanAsync(types, ct))
            if (request.Status == RegistryRequestStatus.Pending) yield return (CaseKinds.Registry, request.RequestId);
        foreach (var ticket in await tickets.ScanAsync(ct))
            if (ticket.Status != Domain.Support.TicketStatus.Closed) yield return (CaseKinds.Ticket, ticket.TicketId);
    }
}

/// <summary>
/// An open case and its process's state: for the stranded list <see cref="RuntimeStatus"/> is <c>Missing</c>,
/// <c>Terminated</c> or <c>Failed</c>; for the suspended list, <c>Suspended</c>.
/// </summary>
[Description("停滞的案件。An open case whose process is missing, terminated, failed or suspended.")]
public sealed record StrandedCase([WireValues(typeof(CaseKinds), Schema = "CaseKind")] string Kind,
    string Id, string Stage, string InstanceId,
    [WireValues(typeof(StrandedCase), Member = nameof(StrandedCase.RuntimeStatuses), Schema = "CaseProcessStatus")]
    [Description("流程状态。The durable runtime status of the case's process, or Missing when it has no instance.")]
    string RuntimeStatus,
    [Description("状态时间。When the process last changed (an instant); null when it is missing.")]
    DateTimeOffset? Since)
{
    /// <summary>The status of a case whose process has no instance at all.</summary>
    public const string Missing = "Missing";

    /// <summary>The durable runtime statuses (as declared) and <see cref="Missing"/>.</summary>
    public static IReadOnlyList<string> RuntimeStatuses { get; } =
        [.. Enum.GetNames<OrchestrationRuntimeStatus>(), Missing];
}
