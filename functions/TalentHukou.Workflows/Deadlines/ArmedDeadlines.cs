using Microsoft.DurableTask.Client;
using TalentHukou.Domain.Calendar;
using TalentHukou.Workflows.Applications.Orchestrations;
using TalentHukou.Workflows.Registry.Orchestrations;
using TalentHukou.Workflows.Support.Orchestrations;

namespace TalentHukou.Workflows.Deadlines;

/// <summary>
/// The deadlines processes wait for now: each re-armable wait publishes its <see cref="ArmedDeadline"/> as the
/// instance's custom status while it waits (and clears it after), so the task hub's query lists them.
/// </summary>
public static class ArmedDeadlines
{
    /// <summary>The instance id prefixes of the processes whose waits are re-armable.</summary>
    private static readonly string[] Prefixes =
    [
        ApplicationOrchestrator.InstanceIdFor(""),
        RegistryReviewOrchestrator.InstanceIdFor(""),
        TicketSlaOrchestrator.InstanceIdFor(""),
    ];

    public static async IAsyncEnumerable<(string InstanceId, ArmedDeadline Deadline)> ListAsync(
        DurableTaskClient durable, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(durable);
        foreach (var prefix in Prefixes)
        {
            var query = new OrchestrationQuery
            {
                InstanceIdPrefix = prefix,
                Statuses = [OrchestrationRuntimeStatus.Running],
                FetchInputsAndOutputs = true,
                PageSize = 200,
            };
            await foreach (var instance in durable.GetAllInstancesAsync(query).WithCancellation(ct))
                if (instance.SerializedCustomStatus is { Length: > 4 } && Read(instance) is { } deadline)
                    yield return (instance.InstanceId, deadline);
        }
    }

    private static ArmedDeadline? Read(OrchestrationMetadata instance)
    {
        var deadline = instance.ReadCustomStatusAs<ArmedDeadline>();
        return deadline is { Kind: not null, CalendarVersion: not null } ? deadline : null;
    }
}
