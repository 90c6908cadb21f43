using Microsoft.DurableTask.Client;

namespace TalentHukou.Workflows.Processes;

/// <summary>
/// A kind of stored thing that an orchestration follows (an application, a registry request, a support ticket): how to
/// start the process of one that is stored, and how to clean up after one that was marked but never stored.
/// </summary>
public interface IStoredProcess
{
    /// <summary>The kind's name in <see cref="Adapters.Processes.UnstartedMarks"/>.</summary>
    string Kind { get; }

    /// <summary>Starts the process of the stored thing <paramref name="id"/>, unless it exists already.</summary>
    Task<ProcessStart> StartStoredAsync(DurableTaskClient durable, string id, CancellationToken ct);

    /// <summary>
    /// Releases what a thing that was never stored still holds (<paramref name="tag"/> is its mark's detail).
    /// </summary>
    Task ForgetNeverStoredAsync(string id, string? tag, CancellationToken ct);
}

/// <summary>
/// Starts what was found stored; every kind reads its thing, then starts it the way it does on creation.
/// </summary>
public static class StoredProcesses
{
    public static async Task<ProcessStart> StartFoundAsync<T>(T? stored, Func<T, Task<bool>> start) where T : class =>
        stored is null ? ProcessStart.NotStored
        : await start(stored) ? ProcessStart.Started : ProcessStart.AlreadyPresent;
}

/// <summary>What starting a stored thing's process found.</summary>
public enum ProcessStart
{
    Started,
    AlreadyPresent,
    NotStored,
}
