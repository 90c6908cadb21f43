using Azure;
using Microsoft.DurableTask.Client;
using TalentHukou.Adapters.Processes;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// The one way to create something an orchestration must follow: mark it unstarted, store it, start its process, clear
/// the mark. A failure before the process starts removes what was stored (nothing half-written); a host that dies in
/// between leaves the mark, and <see cref="UnstartedProcessSweep"/> starts the process later: every launch first makes
/// sure the sweep (and the other <see cref="PeriodicWork"/>) runs.
/// </summary>
public sealed class StoredProcessLauncher(UnstartedMarks marks, PeriodicWork periodic)
{
    public async Task LaunchAsync(DurableTaskClient durable, StoredLaunch launch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(launch);
        await MarkAsync(durable, launch.Kind, launch.Id, launch.Tag, ct);
        await LaunchMarkedAsync(launch, ct);
    }

    /// <summary>
    /// The launch's first step alone, for a caller that marks while it waits for something else (a submission, while
    /// it takes the person's lock): a mark whose thing is never stored is harmless (the sweep forgets it), so a caller
    /// that goes no further clears it with <see cref="ClearStartedAsync"/>; a host that dies leaves it to the sweep.
    /// </summary>
    public async Task MarkAsync(DurableTaskClient durable, string kind, string id, string? tag, CancellationToken ct)
    {
        await periodic.EnsureRunningAsync(durable, ct);
        await marks.MarkAsync(kind, id, tag, ct);
    }

    /// <summary>The rest of <see cref="LaunchAsync"/>, once <see cref="MarkAsync"/> has marked the thing.</summary>
    public async Task LaunchMarkedAsync(StoredLaunch launch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(launch);
        try
        {
            await launch.Store(ct);
            await launch.Start(ct);
        }
        catch
        {
            await launch.Undo(CancellationToken.None);
            await marks.ClearAsync(launch.Kind, launch.Id, CancellationToken.None);
            throw;
        }
        // The mark is cleared only once the step after the start is done: if that step fails, the mark stays and the
        // sweep, finding the process running through the mark, does the step again and clears it.
        if (launch.Started is { } started)
        {
            try
            {
                await started(ct);
            }
            catch (RequestFailedException)
            {
                return;
            }
        }
        await ClearStartedAsync(launch.Kind, launch.Id, ct);
    }

    /// <summary>
    /// Forgets the mark of a thing whose process runs; if that fails, the sweep finds it running and does it.
    /// </summary>
    public async Task ClearStartedAsync(string kind, string id, CancellationToken ct)
    {
        try
        {
            await marks.ClearAsync(kind, id, ct);
        }
        catch (RequestFailedException)
        {
        }
    }
}

/// <summary>One launch: the kind and id of the thing, its mark's detail, and how to store, start and undo it.</summary>
public sealed record StoredLaunch(
    string Kind, string Id, string? Tag, Func<CancellationToken, Task> Store, Func<CancellationToken, Task> Start,
    Func<CancellationToken, Task> Undo)
{
    /// <summary>
    /// What to do once the process runs, before the mark is cleared. Nothing undoes the launch from here on: when it
    /// fails on storage (or the host dies), the mark stays and whoever finds the process running through the mark (the
    /// sweep, the applicant's retry) must do it again.
    /// </summary>
    public Func<CancellationToken, Task>? Started { get; init; }
}
