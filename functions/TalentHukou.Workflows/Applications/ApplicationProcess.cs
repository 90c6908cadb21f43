using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Applications;
using TalentHukou.Adapters.Time;
using TalentHukou.Domain.Applications;
using TalentHukou.Domain.Routing;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Durable;
using TalentHukou.Workflows.Processes;
using TalentHukou.Workflows.Time;

namespace TalentHukou.Workflows.Applications;

/// <summary>
/// Starts the orchestration of a stored application: on submission, and again when the host that stored it died before
/// starting it (the applicant's retry, or <see cref="UnstartedProcessSweep"/>).
/// </summary>
public sealed class ApplicationProcess(
    BusinessClock clock, ApplicationPolicy policy, ApplicationStore store, ActiveApplicationLocks locks)
    : IStoredProcess
{
    public const string KindName = "application";

    public string Kind => KindName;

    /// <summary>
    /// True when this call started it; false when its orchestration exists already (running or ended).
    /// </summary>
    public Task<bool> StartAsync(DurableTaskClient durable, ApplicationRecord record, CancellationToken ct) =>
        // An application whose process ended (rejected, withdrawn, card issued) is never started again.
        durable.StartUnlessPresentAsync(nameof(ApplicationOrchestrator), InputFor(record),
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), replaceEnded: false, ct);

    /// <summary>
    /// Starts the process of a stored application whose submission did not (its host died, or its store failed after
    /// the record), and remembers it as the person's latest, as that submission would have once it ran. False when its
    /// orchestration exists already: its submission may have died between the start and that write, so it is
    /// remembered then too while it still holds the person's lock (a later application cannot exist yet).
    /// </summary>
    public async Task<bool> StartUnstartedAsync(
        DurableTaskClient durable, ApplicationRecord record, CancellationToken ct)
    {
        var index = record.Applicant.IdNumberIndex;
        var started = await StartAsync(durable, record, ct);
        if (started || await locks.HolderAsync(index, ct) == record.ApplicationId)
            await locks.RememberLatestAsync(index, record.ApplicationId, ct);
        return started;
    }

    /// <summary>
    /// Starts the process of an application this submission has just stored under a new id (no instance can have it):
    /// no look for an existing instance first. Retries and the sweep use <see cref="StartAsync"/>.
    /// </summary>
    public Task StartNewAsync(DurableTaskClient durable, ApplicationRecord record, CancellationToken ct) =>
        durable.StartFreshAsync(nameof(ApplicationOrchestrator), InputFor(record),
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), ct);

    /// <summary>
    /// Starts the process of an open application in place of its ended (failed, terminated) instance, resuming from the
    /// stored record; false when a live instance is there. The caller checks that the case is open.
    /// </summary>
    public Task<bool> ResumeAsync(DurableTaskClient durable, ApplicationRecord record, CancellationToken ct) =>
        durable.StartUnlessPresentAsync(nameof(ApplicationOrchestrator), InputFor(record) with { Resume = true },
            ApplicationOrchestrator.InstanceIdFor(record.ApplicationId), replaceEnded: true, ct);

    private ApplicationWorkflowInput InputFor(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var route = record.Route;
        var notice = new ApplicationNotice(
            route.Level == ApplicationRoute.City ? "City" : "District", route.OfficeName, record.Employer.Name);
        return new ApplicationWorkflowInput(
            record.ApplicationId, record.Mode, record.NeedsUnitReview, clock.Anchor, policy, notice);
    }

    public async Task<ProcessStart> StartStoredAsync(DurableTaskClient durable, string id, CancellationToken ct) =>
        await StoredProcesses.StartFoundAsync(
            (await store.GetAsync(id, ct))?.Record, r => StartUnstartedAsync(durable, r, ct));

    /// <summary>
    /// The mark's tag is the person's ID-number index: their lock goes too, if it is still this application's.
    /// </summary>
    public Task ForgetNeverStoredAsync(string id, string? tag, CancellationToken ct) =>
        tag is null ? Task.CompletedTask : locks.ReleaseAsync(tag, id, ct);
}
