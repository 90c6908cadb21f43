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

    /// <summary>Releases what a thing that was never stored still holds (<paramref name="tag"/> is its mark's detail).</summary>
    Task ForgetNeverStoredAsync(string id, string? tag, CancellationToken ct);
}

/// <summary>What starting a stored thing's process found.</summary>
public enum ProcessStart
{
    Started,
    AlreadyPresent,
    NotStored,
}
