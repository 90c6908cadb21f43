using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TalentHukou.Adapters.Registry;
using TalentHukou.Adapters.Storage;
using TalentHukou.Domain.Calendar;
using TalentHukou.Domain.Registry;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Registry.UseCases;

/// <summary>
/// Files a registry request: stored and its review orchestration started through <see cref="StoredProcessLauncher"/>,
/// so a request never exists without the process that decides it (a lost start is recovered by the sweep).
/// </summary>
public sealed class RegistryRequestFiler(
    RegistryRequestStore store, BusinessClock clock, TimeProvider time,
    StoredProcessLauncher launcher, RegistryNameGuard names) : IStoredProcess
{
    /// <summary>The calendar the deadlines are counted by now.</summary>
    public Domain.Calendar.WorkingDayCalendar Calendar => clock.Calendar;

    /// <summary>Registry requests are decided within 1 working day (seed Q2).</summary>
    public const int SlaWorkingDays = 1;

    public string Kind => "registry-request";

    public async Task<RegistryRequest> FileAsync(
        DurableTaskClient durable, RegistryRequestType type, RegistryRequester requester, string subject,
        string payloadJson, IReadOnlyList<string> attachmentIds, CancellationToken ct)
    {
        var request = NewRequest(type, requester, subject, payloadJson, attachmentIds);
        await LaunchAsync(durable, request, ct);
        return request;
    }

    /// <summary>
    /// Files a request that asks for a name: it claims the name first, so of two requests for one name (after folding)
    /// only one is filed; the other gets who has the name, an approved entry or a pending request.
    /// </summary>
    public async Task<RegistryFiling> FileNamedAsync(
        DurableTaskClient durable, RegistryRequestType type, RegistryRequester requester, string subject,
        string payloadJson, IReadOnlyList<string> attachmentIds, RegistryNameScope name, CancellationToken ct)
    {
        var request = NewRequest(type, requester, subject, payloadJson, attachmentIds);
        if (await names.ClaimAsync(name, request.RequestId, ct) is { } holder) return new RegistryFiling(null, holder);
        await LaunchAsync(durable, request, ct);
        return new RegistryFiling(request, null);
    }

    private RegistryRequest NewRequest(
        RegistryRequestType type, RegistryRequester requester, string subject, string payloadJson,
        IReadOnlyList<string> attachmentIds)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var filedAt = clock.UtcNow;
        var dueBy = clock.Deadlines.DueBy(filedAt, SlaWorkingDays);
        return new RegistryRequest(TableKeys.SortableId("RQ", time.GetUtcNow()), type, RegistryRequestStatus.Pending,
            requester.Subject, subject, filedAt, dueBy, payloadJson)
        {
            AttachmentIds = attachmentIds,
            NotifyEmail = requester.Email,
            NotifyName = requester.MaskedName,
        };
    }

    private Task LaunchAsync(DurableTaskClient durable, RegistryRequest request, CancellationToken ct) =>
        launcher.LaunchAsync(durable, new StoredLaunch(Kind, request.RequestId, null,
            c => store.AddAsync(request, c),
            c => StartAsync(durable, request, c),
            c => store.DeleteAsync(request.RequestId, c)), ct);

    public async Task<ProcessStart> StartStoredAsync(DurableTaskClient durable, string id, CancellationToken ct) =>
        await StoredProcesses.StartFoundAsync(await store.GetAsync(id, ct), r => StartAsync(durable, r, ct));

    public Task ForgetNeverStoredAsync(string id, string? tag, CancellationToken ct) => Task.CompletedTask;

    private Task<bool> StartAsync(DurableTaskClient durable, RegistryRequest request, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(
            nameof(RegistryReviewOrchestrator),
            new RegistryReviewInput(request.RequestId, clock.Anchor, request.DueBy)
            {
                Type = request.Type,
                NotifyRequester = request.NotifyEmail is not null,
                Sla = new ArmedDeadline(DeadlineKinds.RegistrySla, request.FiledAt, SlaWorkingDays, request.DueBy,
                    clock.Calendar.Version),
            },
            RegistryReviewOrchestrator.InstanceIdFor(request.RequestId), replaceEnded: false, ct);
}

/// <summary>A filed request, or who has the name it asked for.</summary>
public sealed record RegistryFiling(RegistryRequest? Filed, RegistryNameHolder? NameHolder);
